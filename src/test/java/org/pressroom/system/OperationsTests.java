package org.pressroom.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What operators and load balancers see: health with its components, and metrics for Prometheus. */
@SpringBootTest
@AutoConfigureMockMvc
class OperationsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataDirectory dataDirectory;

    @Test
    void healthIsUpWithTheDatabaseDiskMailAndMediaTools() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"))
                .andExpect(jsonPath("$.components.diskSpace.status").value("UP"))
                .andExpect(jsonPath("$.components.diskSpace.details.path").value(dataDirectory.path().toString()))
                .andExpect(jsonPath("$.components.mail.status").value("UP"))
                .andExpect(jsonPath("$.components.mail.details.transport", containsString("local mailbox")))
                .andExpect(jsonPath("$.components.mediaTools.status").value("UP"))
                .andExpect(jsonPath("$.components.mediaTools.details.ffmpeg.version", containsString("ffmpeg version")))
                .andExpect(jsonPath("$.components.mediaTools.details.ffmpeg.source", anyOf(is("path"), is("bundled"))))
                .andExpect(jsonPath("$.components.dbScheduler.status").value("UP"));
    }

    @Test
    void readinessDependsOnTheDatabaseButNotOnMail() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.mail").doesNotExist());
    }

    @Test
    void prometheusMetricsAreExposed() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void livenessAndReadinessProbesAnswer() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components.length()", greaterThan(5)));
    }
}
