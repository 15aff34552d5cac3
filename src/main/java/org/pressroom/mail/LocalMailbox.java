package org.pressroom.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Without an SMTP server, mail is written as {@code .eml} files under {@code <data-dir>/mailbox}, where a
 * developer or a press officer trying Pressroom on a laptop reads it at {@code /dev/mailbox}.
 */
class LocalMailbox implements MailTransport {

    private static final Pattern FILE_NAME = Pattern.compile("[0-9]{13}-[0-9a-f-]{36}\\.eml");

    private final Path directory;
    private final java.time.Clock clock;
    private final Session session = Session.getInstance(new Properties());

    LocalMailbox(Path directory, java.time.Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public MimeMessage newMessage() {
        return new MimeMessage(session);
    }

    @Override
    public void deliver(MimeMessage message) throws MessagingException {
        String id = message.getHeader(MailDelivery.MAIL_ID_HEADER, null);
        long sent = message.getSentDate() == null ? clock.millis() : message.getSentDate().getTime();
        Path target = directory.resolve(String.format("%013d-%s.eml", sent, id));
        try {
            Path partial = Files.createTempFile(directory, ".incoming-", ".tmp");
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new MessagingException("Cannot write to the local mailbox " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "local mailbox in " + directory;
    }

    Path directory() {
        return directory;
    }

    /** The stored messages' file names, newest first. */
    List<String> names() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.eml")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (FILE_NAME.matcher(name).matches()) {
                    names.add(name);
                }
            }
        }
        names.sort(Comparator.reverseOrder());
        return names;
    }

    /** Reads one stored message; names that are not ours are never opened. */
    Optional<MimeMessage> read(String name) throws IOException, MessagingException {
        if (!FILE_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new MimeMessage(session, in));
        }
    }
}
