package org.pressroom.media;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest master accepted, refused before any byte is stored
 * @param token the bearer token an uploading tool must send; none: uploads are off (until the back office's
 * staff sign-in replaces it)
 */
@ConfigurationProperties("pressroom.media.upload")
record UploadProperties(@DefaultValue("200GB") DataSize maxSize, String token) {

    boolean enabled() {
        return token != null && !token.isBlank();
    }
}
