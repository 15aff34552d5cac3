package org.pressroom.content;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Old or inexact addresses of content move permanently to the canonical one. */
@ControllerAdvice(assignableTypes = {NewsController.class, EventController.class, TranscriptController.class, PhotoController.class,
        VideoController.class})
class ContentAdvice {

    @ExceptionHandler(ContentPages.MovedException.class)
    ResponseEntity<Void> moved(ContentPages.MovedException moved) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(moved.location)).build();
    }
}
