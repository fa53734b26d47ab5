package se.stockholm.vfu.readlog;

import jakarta.enterprise.context.RequestScoped;

import java.util.function.Supplier;

/**
 * The channel and operation of the current request, for the read log: set by {@link ReadChannelFilter} for pages and
 * exports and by {@link ApiReadChannel} for the API, so services need not know how they were called. A lazy table's
 * row count can be asked for without the row it reads being logged ({@link #notShown}).
 */
@RequestScoped
public class ReadChannel {

    private Channel channel;
    private String operation;
    private int notShown;

    public void set(Channel channel, String operation) {
        this.channel = channel;
        this.operation = operation;
    }

    /** The channel, or null when no filter named it (then the service names the operation itself). */
    public Channel channel() {
        return channel;
    }

    public String operation() {
        return operation;
    }

    /**
     * Runs a call whose rows are not shown to anyone: a lazy table asks the service for one row only to learn how many
     * rows match. Nothing read inside is logged.
     */
    public <T> T notShown(Supplier<T> call) {
        notShown++;
        try {
            return call.get();
        } finally {
            notShown--;
        }
    }

    boolean isShown() {
        return notShown == 0;
    }
}
