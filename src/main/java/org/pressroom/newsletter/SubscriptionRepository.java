package org.pressroom.newsletter;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubscriptionRepository extends JpaRepository<Subscription, UUID> {

    Optional<Subscription> findByEmailKey(String emailKey);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            insert into newsletter_subscription (id, email, email_key, language, source, consented_at)
            values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (email_key) do nothing""")
    int insertIfAbsent(UUID id, String email, String emailKey, String language, String source, java.time.Instant consentedAt);
}
