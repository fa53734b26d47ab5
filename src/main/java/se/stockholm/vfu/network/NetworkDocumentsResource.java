package se.stockholm.vfu.network;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.stockholm.vfu.api.PageParams;
import se.stockholm.vfu.common.Page;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The network's shared documents. A file is sent as the raw request body ({@code application/octet-stream}) with
 * its name in {@code fileName}; its declared length is checked before the body is read. Downloads are attachments,
 * never shown inline, and only for readers the document is shared with.
 */
@Path("network-documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network")
public class NetworkDocumentsResource {

    @Inject
    private NetworkDocumentService service;

    @GET
    @Operation(summary = "The documents shared with the caller (all for central); filter text on the title")
    public Page<DocumentRow> list(@Context UriInfo uri) {
        return service.find(PageParams.from(uri, false));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One document shared with the caller, with its versions, newest first")
    public DocumentRow get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The central contact uploads a new document, shared with all districts and universities")
    public Response create(@QueryParam("title") String title, @QueryParam("fileName") String fileName,
                           @HeaderParam("Content-Length") Long length, InputStream body) {
        DocumentForm form = new DocumentForm();
        form.setTitle(title);
        long id = service.create(form, fileName, length == null ? -1 : length, body);
        return Response.created(URI.create("network-documents/" + id)).entity(service.get(id)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The central contact changes a document's title, description and sharing, on the version read")
    public DocumentRow update(@PathParam("id") long id, DocumentForm form) {
        return service.update(id, form);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "The central contact deletes a document with all its versions and files; "
            + "an event that has it as minutes is left without")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The central contact uploads a newer version of a document")
    public DocumentRow upload(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                              @HeaderParam("Content-Length") Long length, InputStream body) {
        service.upload(id, fileName, length == null ? -1 : length, body);
        return service.get(id);
    }

    @GET
    @Path("{id}/versions/{number}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a version of a shared document (0: the newest) as an attachment")
    public Response download(@PathParam("id") long id, @PathParam("number") int number) {
        DocumentFile file = service.download(id, number);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** An attachment with an ASCII fallback name and the real one in RFC 5987 encoding. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
