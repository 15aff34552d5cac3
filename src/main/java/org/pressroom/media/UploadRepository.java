package org.pressroom.media;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface UploadRepository extends JpaRepository<Upload, UUID> {
}
