package org.pressroom.mail;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxMailRepository extends JpaRepository<OutboxMail, UUID> {

    long countBySentAtIsNull();
}
