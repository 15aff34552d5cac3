package org.pressroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Pressroom: the public news-and-events site of a press office, and the multimedia account that lets
 * journalists and broadcasters download broadcast-quality video.
 */
// Boot's generated in-memory user would be a default password; accounts come from the account module.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class PressroomApplication {

    public static void main(String[] args) {
        SpringApplication.run(PressroomApplication.class, args);
    }
}
