package org.pressroom.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmailKey(String emailKey);

    java.util.List<Account> findTop10ByStatusNotOrderByCreatedAtDesc(Account.Status status);

    /** The account, locked until the transaction ends: parallel log-ins on one account are counted one by one. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select a from Account a where a.emailKey = ?1")
    Optional<Account> lockByEmailKey(String emailKey);
}
