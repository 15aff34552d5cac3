package org.pressroom.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuthEventRepository extends JpaRepository<AuthEvent, Long> {

    long countByAccountIdAndTypeAndOccurredAtAfter(java.util.UUID accountId, AuthEvent.Type type, java.time.Instant since);

    java.util.List<AuthEvent> findByAccountIdOrderByOccurredAt(java.util.UUID accountId);

    java.util.List<AuthEvent> findByAccountIdAndTypeOrderByOccurredAt(java.util.UUID accountId, AuthEvent.Type type);
}
