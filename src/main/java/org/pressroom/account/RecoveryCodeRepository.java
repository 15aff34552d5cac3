package org.pressroom.account;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

    @Query("select c from RecoveryCode c where c.accountId = ?1 and c.usedAt is null")
    List<RecoveryCode> findUnused(UUID accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = ?1")
    void deleteByAccount(UUID accountId);
}
