package org.pressroom.system;

/**
 * A reason Pressroom cannot start that the person running it can fix: reported as one line saying what is
 * wrong and one saying what to do, never as a stack trace.
 */
public class StartupFailure extends RuntimeException {

    private final String action;

    public StartupFailure(String problem, String action) {
        this(problem, action, null);
    }

    public StartupFailure(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
