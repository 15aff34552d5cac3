package org.pressroom.backoffice;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The tus endpoint takes an editor's session (with its CSRF token in a header) when no upload token is configured. */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class StaffUploadAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Test
    void anEditorsSessionCreatesAnUploadOnlyWithTheCsrfTokenAndAJournalistsNever() throws Exception {
        clock.advance(Duration.ofHours(1));
        StaffTestSupport staff = new StaffTestSupport(context, mvc, clock);
        MockHttpSession editor = staff.signedIn("tus.editor." + System.nanoTime() + "@example.org", StaffRole.EDITOR);
        MockHttpSession journalist = staff.mediaSession("tus.journalist." + System.nanoTime() + "@example.org");

        MockHttpServletResponse withToken = create(editor, true);
        MockHttpServletResponse withoutToken = create(editor, false);
        MockHttpServletResponse fromJournalist = create(journalist, true);

        assertThat(withToken.getStatus()).as(withToken.getContentAsString()).isEqualTo(201);
        assertThat(withToken.getHeader("Location")).startsWith("/api/v1/uploads/");
        assertThat(withoutToken.getStatus()).isIn(401, 403);
        assertThat(fromJournalist.getStatus()).isIn(401, 403);
    }

    private MockHttpServletResponse create(MockHttpSession session, boolean csrfHeader) throws Exception {
        var request = post("/api/v1/uploads").session(session).header("Tus-Resumable", "1.0.0").header("Upload-Length", "1000")
                .header("Upload-Metadata", "filename Y2xpcC5tcDQ=");
        if (csrfHeader) {
            request.with(csrf().asHeader());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
