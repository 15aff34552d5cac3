package org.pressroom.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StaffLinkRepository extends JpaRepository<StaffLink, UUID> {

    /** Locked until the transaction ends, so that a link is used once even when posted twice at once. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from StaffLink l where l.tokenHash = ?1")
    Optional<StaffLink> lockByTokenHash(String tokenHash);

    Optional<StaffLink> findByTokenHash(String tokenHash);
}
