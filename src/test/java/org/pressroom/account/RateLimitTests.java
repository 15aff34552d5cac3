package org.pressroom.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Limits per IP address, kept in PostgreSQL so that every node counts the same attempts. */
@SpringBootTest(properties = {"pressroom.account.ip-logins-per-minute=3", "pressroom.account.ip-codes-per-hour=2"})
@AutoConfigureMockMvc
class RateLimitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void logInAttemptsFromOneAddressAreLimitedAndOtherAddressesAreNot() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/en/account/login").with(csrf()).with(from("198.51.100.7"))
                    .param("email", "someone@example.org").param("password", "Wrong-Password-1!")).andExpect(status().isOk());
        }
        mvc.perform(post("/en/account/login").with(csrf()).with(from("198.51.100.7"))
                .param("email", "someone@example.org").param("password", "Wrong-Password-1!")).andExpect(status().isTooManyRequests());
        mvc.perform(post("/en/account/login").with(csrf()).with(from("198.51.100.8"))
                .param("email", "someone@example.org").param("password", "Wrong-Password-1!")).andExpect(status().isOk());
    }

    @Test
    void ipv6AddressesOfOneNetworkShareTheirLimitAndTheRefusalIsAudited() throws Exception {
        for (int i = 1; i <= 3; i++) {
            mvc.perform(post("/en/account/login").with(csrf()).with(from("2001:db8:1:2::" + i))
                    .param("email", "someone@example.org").param("password", "Wrong-Password-1!")).andExpect(status().isOk());
        }
        mvc.perform(post("/en/account/login").with(csrf()).with(from("2001:db8:1:2:ffff::9"))
                .param("email", "someone@example.org").param("password", "Wrong-Password-1!")).andExpect(status().isTooManyRequests());
        mvc.perform(post("/en/account/login").with(csrf()).with(from("2001:db8:1:3::1"))
                .param("email", "someone@example.org").param("password", "Wrong-Password-1!")).andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from auth_event where type = 'RATE_LIMITED' and ip = '2001:db8:1:2:ffff::9'", Integer.class)).isEqualTo(1);
    }

    @Test
    void codeRequestsFromOneAddressAreLimited() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/en/account/reset").with(csrf()).with(from("203.0.113.50")).param("email", "x" + i + "@example.org"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/en/account/reset").with(csrf()).with(from("203.0.113.50")).param("email", "y@example.org"))
                .andExpect(status().isTooManyRequests());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
