package org.pressroom.mail;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, UUID> {

    long countBySentAtIsNull();

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from OutboxMail m where m.sentAt < ?1")
    int deleteSentBefore(java.time.Instant before);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from OutboxMail m where lower(m.recipient) = lower(?1)")
    int deleteByRecipient(String recipient);
}
