package se.stockholm.vfu.reference;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference data as JSON: /api/universities, /api/districts, /api/areas-of-work. */
@Path("")
@Tag(name = "Reference data", description = "Districts, universities and areas of work")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

    /** A university, district or area of work as the API shows it. */
    public record ReferenceJson(long id, String code, String nameSv, String nameEn) {
    }

    @Inject
    private ReferenceDataService referenceData;

    @GET
    @Path("universities")
    @Operation(summary = "The universities")
    public List<ReferenceJson> universities() {
        return referenceData.universities().stream()
                .map(u -> new ReferenceJson(u.getId(), u.getCode(), u.getNameSv(), u.getNameEn())).toList();
    }

    @GET
    @Path("districts")
    @Operation(summary = "The city's districts")
    public List<ReferenceJson> districts() {
        return referenceData.districts().stream()
                .map(d -> new ReferenceJson(d.getId(), d.getCode(), d.getName(), d.getName())).toList();
    }

    @GET
    @Path("areas-of-work")
    @Operation(summary = "The areas of work")
    public List<ReferenceJson> areasOfWork() {
        return referenceData.areasOfWork().stream()
                .map(a -> new ReferenceJson(a.getId(), a.getCode(), a.getNameSv(), a.getNameEn())).toList();
    }
}
