package se.stockholm.vfu.notification;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.Page;

import java.util.Locale;

/**
 * The caller's own notifications as JSON, in Swedish unless the request asks for English
 * ({@code Accept-Language: en}). Another user's notification is "404 not found" and is left as it was.
 * List filter: {@code unread=true}.
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "The caller's own notifications (notiser)")
public class NotificationsResource {

    /** How many of the caller's notifications are unread. */
    public record Unread(long unread) {
    }

    /** How many notifications a "mark all as read" marked. */
    public record Marked(int marked) {
    }

    @Inject
    private NotificationService notificationService;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "One page of the caller's notifications, newest first")
    public Page<NotificationRow> find(@Context UriInfo uri) {
        return notificationService.find(PageParams.from(uri), locale());
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of the caller's notifications are unread")
    public Unread unread() {
        return new Unread(notificationService.unreadCount());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's notifications")
    public NotificationRow get(@PathParam("id") long id) {
        return notificationService.get(id, locale());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications as read")
    public NotificationRow markRead(@PathParam("id") long id) {
        return notificationService.markRead(id, locale());
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all the caller's notifications as read")
    public Marked markAllRead() {
        return new Marked(notificationService.markAllRead());
    }

    /** The first of Swedish or English the client accepts; Swedish by default, like the pages. */
    private Locale locale() {
        for (Locale accepted : headers.getAcceptableLanguages()) {
            if ("en".equals(accepted.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("sv".equals(accepted.getLanguage())) {
                return NoticeTexts.SWEDISH;
            }
        }
        return NoticeTexts.SWEDISH;
    }
}
