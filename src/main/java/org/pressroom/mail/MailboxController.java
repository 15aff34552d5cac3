package org.pressroom.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The local mailbox in the browser. It exists only in local mode (no SMTP configured) and answers only
 * requests from this machine, since its messages hold verification codes.
 */
@Controller
@ConditionalOnExpression(MailConfiguration.LOCAL_MODE)
class MailboxController {

    private static final int SHOWN = 50;

    private final LocalMailbox mailbox;

    MailboxController(LocalMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/dev/mailbox")
    String list(HttpServletRequest request, Model model) throws IOException {
        requireLocal(request);
        List<String> names = mailbox.names();
        List<MailboxEntry> entries = new ArrayList<>();
        for (String name : names.subList(0, Math.min(SHOWN, names.size()))) {
            read(name).ifPresent(entries::add);
        }
        model.addAttribute("entries", entries);
        model.addAttribute("total", names.size());
        model.addAttribute("directory", mailbox.directory());
        return "mail/mailbox";
    }

    @GetMapping("/dev/mailbox/{name}/html")
    ResponseEntity<String> html(@PathVariable String name, HttpServletRequest request) {
        requireLocal(request);
        MailboxEntry entry = read(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                // Shown in a frame, with no script and no access to this site.
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src data: https:; style-src 'unsafe-inline'; frame-ancestors 'self'")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(entry.html() == null ? "" : entry.html());
    }

    private Optional<MailboxEntry> read(String name) {
        try {
            Optional<MimeMessage> message = mailbox.read(name);
            if (message.isEmpty()) {
                return Optional.empty();
            }
            MimeMessage mime = message.get();
            Bodies bodies = new Bodies();
            bodies.collect(mime);
            return Optional.of(new MailboxEntry(name, addresses(mime.getFrom()),
                    addresses(mime.getRecipients(jakarta.mail.Message.RecipientType.TO)), mime.getSubject(), mime.getSentDate() == null ? null
                    : mime.getSentDate().toInstant(), bodies.text, bodies.html));
        } catch (IOException | MessagingException e) {
            return Optional.of(new MailboxEntry(name, "", "", null, null, e.getMessage(), null));
        }
    }

    private static String addresses(jakarta.mail.Address[] addresses) {
        List<String> shown = new ArrayList<>();
        for (jakarta.mail.Address address : addresses == null ? new jakarta.mail.Address[0] : addresses) {
            shown.add(address instanceof jakarta.mail.internet.InternetAddress internet ? internet.toUnicodeString()
                    : address.toString());
        }
        return String.join(", ", shown);
    }

    /**
     * The connection must come from this machine and arrive on its loopback interface: a proxy's
     * X-Forwarded-For can change the client address Tomcat reports, never the interface it accepted on.
     */
    private static void requireLocal(HttpServletRequest request) {
        try {
            if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()
                    || !InetAddress.getByName(request.getLocalAddr()).isLoopbackAddress()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        } catch (UnknownHostException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A stored message as the mailbox page shows it. */
    record MailboxEntry(String name, String from, String to, String subject, java.time.Instant sent, String text,
                        String html) {
    }

    private static final class Bodies {
        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            }
        }
    }
}
