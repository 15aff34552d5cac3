package org.pressroom.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SecondFactorRepository extends JpaRepository<SecondFactor, UUID> {

    /** Locked until the transaction ends: two requests with the same code cannot both pass. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from SecondFactor f where f.accountId = ?1")
    Optional<SecondFactor> lock(UUID accountId);
}
