package org.pressroom.backoffice;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A photo larger than the form upload limit is cut off before any controller sees it; its sender is taken back to
 * the upload page, which says so in words. Any other form keeps the usual answer (413).
 */
@ControllerAdvice
class PhotoUploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request) throws MaxUploadSizeExceededException {
        if (!"/admin/photos".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            throw tooLarge;
        }
        return "redirect:/admin/photos/new?refused=size";
    }
}
