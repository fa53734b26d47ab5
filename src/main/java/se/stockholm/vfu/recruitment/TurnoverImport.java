package se.stockholm.vfu.recruitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.request.importing.ImportError;
import se.stockholm.vfu.request.importing.SheetReader;
import se.stockholm.vfu.security.Caller;
import se.stockholm.vfu.security.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Staff turnover from a CSV or Excel file, all rows or none: the central contact's for any district or the city, a
 * district contact's for its own district only. The same rules as one year entered by hand ({@link TurnoverService}).
 */
@Stateless
@RolesAllowed({Role.CENTRAL_NAME, Role.ADMIN_NAME, Role.DISTRICT_NAME})
public class TurnoverImport {

    /** What an import did: how many rows were saved, or why none was. */
    public record Result(int saved, List<ImportError> errors) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TurnoverEntries entries;

    @Inject
    private Clock clock;

    /**
     * Every row is checked first (a district contact's rows must be its own district's); with any error nothing is
     * saved and each error names its row. A row for figures already entered replaces them.
     */
    public Result importFile(String fileName, byte[] content) {
        Caller caller = entries.caller();
        TurnoverSheet.Result result = TurnoverSheet.parse(
                SheetReader.read(fileName, TurnoverSheet.withoutComments(content)), districtsByName(),
                caller.isCityWide() ? null : caller.districtId());
        List<ImportError> errors = new ArrayList<>(result.errors());
        int thisYear = LocalDate.now(clock).getYear();
        result.rows().stream().filter(r -> r.form().year() > thisYear).forEach(r -> errors.add(new ImportError(r.row(),
                "year", "recruitment.error.futureYear", List.of(String.valueOf(thisYear)))));
        if (!caller.isCityWide()) {
            result.rows().stream().filter(r -> r.form().districtId() == null).forEach(r -> errors.add(
                    new ImportError(r.row(), "district", "recruitment.import.otherDistrict", List.of())));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(ImportError::row));
            return new Result(0, errors);
        }
        Instant now = clock.instant();
        for (TurnoverSheet.Parsed row : result.rows()) {
            TurnoverForm form = row.form();
            District district = form.districtId() == null ? null : em.find(District.class, form.districtId());
            entries.enter(district, form, false, caller.username(), now);
        }
        return new Result(result.rows().size(), List.of());
    }

    /** Every district's id by its code (upper case) and by its name as the sheet compares names. */
    private Map<String, Long> districtsByName() {
        Map<String, Long> districts = new HashMap<>();
        em.createQuery("SELECT d FROM District d", District.class).getResultStream().forEach(d -> {
            districts.put(d.getCode().toUpperCase(Locale.ROOT), d.getId());
            districts.put(TurnoverSheet.normalise(d.getName()), d.getId());
        });
        return districts;
    }
}
