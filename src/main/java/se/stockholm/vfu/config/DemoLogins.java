package se.stockholm.vfu.config;

import se.stockholm.vfu.audit.AuditRevision;

import java.util.Map;

/**
 * Who of the demo's users made a district's or a university's demo records: its demo login ({@link DemoData}), or
 * the system where it has none, so that no demo record names a user who does not exist or who may not make it.
 */
public final class DemoLogins {

    private static final Map<String, String> DISTRICTS = Map.of("SO", "sodermalm", "RK", "rinkeby");
    private static final Map<String, String> UNIVERSITIES = Map.of("SU", "su", "SH", "sh");

    private DemoLogins() {
    }

    public static String district(String districtCode) {
        return DISTRICTS.getOrDefault(districtCode, AuditRevision.SYSTEM);
    }

    /** ESBH has no demo login. */
    public static String university(String universityCode) {
        return UNIVERSITIES.getOrDefault(universityCode, AuditRevision.SYSTEM);
    }
}
