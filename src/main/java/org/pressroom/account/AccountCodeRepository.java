package org.pressroom.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountCodeRepository extends JpaRepository<AccountCode, UUID> {

    List<AccountCode> findByAccountId(UUID accountId);

    @Query("select c from AccountCode c where c.accountId = ?1 and c.purpose = ?2 and c.usedAt is null and c.revokedAt is null order by c.createdAt")
    List<AccountCode> findUnused(UUID accountId, CodePurpose purpose);

    @Query("select count(c) from AccountCode c where c.accountId = ?1 and c.purpose = ?2 and c.createdAt > ?3")
    long countSentSince(UUID accountId, CodePurpose purpose, Instant since);

    @Query("select max(c.createdAt) from AccountCode c where c.accountId = ?1 and c.purpose = ?2")
    Instant lastSent(UUID accountId, CodePurpose purpose);

    /** Counts a wrong entry atomically, so that parallel guesses cannot overwrite each other's count. */
    @Modifying
    @Query("update AccountCode c set c.failedAttempts = c.failedAttempts + 1 where c.id = ?1")
    int countWrongEntry(UUID id);

    @Query("select c.failedAttempts from AccountCode c where c.id = ?1")
    int failedAttempts(UUID id);

    /** Spends a code once: of two concurrent uses, only one changes the row. */
    @Modifying
    @Query("update AccountCode c set c.usedAt = ?2 where c.id = ?1 and c.usedAt is null and c.revokedAt is null")
    int markUsed(UUID id, Instant when);
}
