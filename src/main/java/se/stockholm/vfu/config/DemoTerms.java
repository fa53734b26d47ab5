package se.stockholm.vfu.config;

import jakarta.persistence.EntityManager;
import se.stockholm.vfu.allocation.DemoAllocation;
import se.stockholm.vfu.common.StockholmTime;
import se.stockholm.vfu.notification.Notice;
import se.stockholm.vfu.notification.Notification;
import se.stockholm.vfu.place.PlaceOffer;
import se.stockholm.vfu.placement.Placement;
import se.stockholm.vfu.placement.PlacementEvent;
import se.stockholm.vfu.reference.AreaOfWork;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.request.RequestData;
import se.stockholm.vfu.request.StudentRequest;
import se.stockholm.vfu.supervisor.Supervisor;
import se.stockholm.vfu.supervisor.TrainingChange;
import se.stockholm.vfu.supervisor.TrainingStatus;
import se.stockholm.vfu.term.Season;
import se.stockholm.vfu.term.Term;
import se.stockholm.vfu.term.TermStatus;
import se.stockholm.vfu.unit.Unit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo's story over terms, written by {@link DemoData} in its transaction: seven finished terms (VT2023–VT2026)
 * with places reported, a real allocation run, offers confirmed, started and completed and some declined or
 * interrupted; the running term HT2026 with its students on their placements; and requests with ranked district
 * and area preferences, exclusions and language needs for the open term VT2027, so that a run there shows a rank
 * profile and unplaced students with reasons. The figures approach the target of 100 without reaching it. Numbers
 * come from a seeded random generator, so every start shows the same demo.
 */
final class DemoTerms {

    /**
     * How big the story is: the demo's seven finished terms of about 100 requests, or the load test's city scale
     * ({@link CityScaleData}): ten finished terms, about 150 places and 150 requests a term, more units per district.
     * Either way the last finished term is VT2026, the one before the running term: no term is left out.
     *
     * @param firstYear the year of the first finished term
     * @param firstSeason the season of the first finished term
     * @param requests requests of each finished term, oldest first (their number is the number of finished terms)
     * @param placesFactor places a district reports, times its share of 100
     * @param unitsPerDistrict units (each with two or three supervisors) per district
     * @param publishedNotices whether each publishing also leaves its notification to the district's contacts
     */
    record Scale(int firstYear, Season firstSeason, int[] requests, double placesFactor, int unitsPerDistrict,
                 boolean publishedNotices) {

        static final Scale DEMO = new Scale(2023, Season.VT, new int[] {84, 90, 95, 103, 99, 104, 101}, 1.0, 3, false);
        static final Scale CITY = new Scale(2021, Season.HT,
                new int[] {138, 142, 145, 150, 147, 152, 149, 155, 151, 156}, 1.5, 5, true);
    }

    /** District codes and their usual share of the city's places (sums to 100). */
    private static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();
    /** Districts students ask for most (central, easy to reach): they run short of places. */
    private static final List<String> POPULAR = List.of("SO", "KU", "NO", "OS", "SO", "KU", "HA", "BR");
    private static final String[] FIRST = {"Alva", "Elias", "Maja", "Omar", "Linnea", "Hugo", "Saga", "Ali", "Ebba",
        "Noah", "Selma", "Adam", "Wilma", "Leo", "Nora", "Yusuf", "Freja", "Liam", "Ines", "Melvin", "Hanna", "Amir"};
    private static final String[] LAST = {"Andersson", "Berg", "Hassan", "Lind", "Nyström", "Karlsson", "Ek", "Yilmaz",
        "Johansson", "Mohammed", "Holm", "Virtanen", "Sandberg", "Ahmadi", "Lundqvist", "Öberg"};

    static {
        WEIGHTS.put("SO", 12);
        WEIGHTS.put("RK", 10);
        WEIGHTS.put("KU", 9);
        WEIGHTS.put("EAV", 9);
        WEIGHTS.put("HV", 8);
        WEIGHTS.put("HA", 8);
        WEIGHTS.put("FA", 7);
        WEIGHTS.put("BR", 7);
        WEIGHTS.put("SKH", 7);
        WEIGHTS.put("NO", 6);
        WEIGHTS.put("ST", 6);
        WEIGHTS.put("SK", 6);
        WEIGHTS.put("OS", 5);
    }

    private final EntityManager em;
    private final Scale scale;
    /** {@link #WEIGHTS}, and any further district the database has (the city scale's fourteenth) with weight 6. */
    private final Map<String, Integer> weights = new LinkedHashMap<>(WEIGHTS);
    private final Random random = new Random(2026);
    private final Map<String, District> districts = new LinkedHashMap<>();
    private final Map<String, AreaOfWork> areas = new LinkedHashMap<>();
    private final Map<String, University> universities = new LinkedHashMap<>();
    /** The units of the history, per district, each with its supervisors. */
    private final Map<String, List<Unit>> units = new LinkedHashMap<>();
    private final Map<Unit, List<Supervisor>> supervisors = new LinkedHashMap<>();
    /** The staff's names, unique over the whole demo (its own random generator: the story's draws stay the same). */
    private final DemoNames staffNames;
    /** The day the demo is loaded: nothing in it happened later (the open term's requests are sent by then). */
    private final LocalDate today;
    /** Students each supervisor has in the term being written: nobody gets more than they said they can take. */
    private final Map<Supervisor, Integer> load = new HashMap<>();

    DemoTerms(EntityManager em, Scale scale, DemoNames staffNames, LocalDate today) {
        this.em = em;
        this.scale = scale;
        this.staffNames = staffNames;
        this.today = today;
        em.createQuery("SELECT d FROM District d ORDER BY d.id", District.class).getResultList()
                .forEach(d -> districts.put(d.getCode(), d));
        if (scale != Scale.DEMO) {
            districts.keySet().forEach(code -> weights.putIfAbsent(code, 6));
        }
        em.createQuery("SELECT a FROM AreaOfWork a ORDER BY a.id", AreaOfWork.class).getResultList()
                .forEach(a -> areas.put(a.getCode(), a));
        em.createQuery("SELECT u FROM University u ORDER BY u.id", University.class).getResultList()
                .forEach(u -> universities.put(u.getCode(), u));
    }

    /** Writes the finished terms, then fills the running and the open term the demo already has. */
    void write(Term running, Term open) {
        unitsAndSupervisors();
        double[] shares = {0.70, 0.77, 0.85, 0.93, 0.97, 0.89, 0.95};
        int[] requests = scale.requests();
        int year = scale.firstYear();
        for (int i = 0; i < requests.length; i++) {
            double share = shares[Math.max(0, shares.length - requests.length + i)];
            Season season = (i + (scale.firstSeason() == Season.VT ? 0 : 1)) % 2 == 0 ? Season.VT : Season.HT;
            Term term = season == Season.VT
                    ? new Term(season, year, LocalDate.of(year, 1, 16), LocalDate.of(year, 6, 2),
                    LocalDate.of(year - 1, 11, 15), LocalDate.of(year - 1, 12, 1))
                    : new Term(season, year, LocalDate.of(year, 8, 28), LocalDate.of(year + 1, 1, 12),
                    LocalDate.of(year, 5, 15), LocalDate.of(year, 5, 29));
            term.changeStatus(TermStatus.CLOSED);
            em.persist(term);
            offers(term, share, i == 0 ? Set.of("SK", "ST") : i == 1 ? Set.of("SK") : Set.of());
            requests(term, requests[i], "SU", 0.5, "SH", 0.3, "ESBH");
            finish(term, 0.05, 0.04);
            if (season == Season.HT) {
                year++;
            }
        }
        runningTerm(running);
        openTerm(open);
    }

    private void unitsAndSupervisors() {
        List<String> areaCodes = new ArrayList<>(areas.keySet());
        int index = 0;
        for (String code : weights.keySet()) {
            District district = districts.get(code);
            List<Unit> own = new ArrayList<>();
            for (int k = 0; k < scale.unitsPerDistrict(); k++) {
                AreaOfWork area = areas.get(areaCodes.get((index + 2 * k) % areaCodes.size()));
                Unit unit = new Unit(district, area, area.getNameSv() + ", " + district.getName());
                String manager = staffNames.next();
                unit.setContact(manager, DemoNames.email(manager));
                em.persist(unit);
                own.add(unit);
                List<Supervisor> staff = new ArrayList<>();
                for (int s = 0; s < 1 + (index + k) % 2 + 1; s++) {
                    String name = staffNames.next();
                    Supervisor supervisor = new Supervisor(unit, name, DemoNames.email(name));
                    supervisor.setTitle("Socialsekreterare");
                    supervisor.setMaxStudents(2);
                    em.persist(supervisor);
                    // coverage differs by district: the first districts train more of their supervisors
                    double trained = 0.85 - index * 0.05;
                    double draw = random.nextDouble();
                    TrainingStatus status = draw < trained ? TrainingStatus.COMPLETED
                            : draw < trained + 0.15 ? TrainingStatus.ENROLLED : TrainingStatus.NONE;
                    TrainingChange change = supervisor.changeTraining(status, "Handledarutbildning i socialt arbete",
                            universities.get(index % 2 == 0 ? "SU" : "SH"), LocalDate.of(2022, 9, 5),
                            status == TrainingStatus.COMPLETED ? LocalDate.of(2022, 12, 16) : null,
                            DemoLogins.district(code),
                            Instant.parse("2022-12-20T09:00:00Z"));
                    if (change != null) {
                        em.persist(change);
                    }
                    staff.add(supervisor);
                }
                supervisors.put(unit, staff);
            }
            units.put(code, own);
            index++;
        }
    }

    /** Each district reports about its share of {@code share} × 100 places over its units; some report nothing. */
    private void offers(Term term, double share, Set<String> silent) {
        for (Map.Entry<String, List<Unit>> entry : units.entrySet()) {
            if (silent.contains(entry.getKey())) {
                continue;
            }
            int places = Math.max(1, (int) Math.round(weights.get(entry.getKey()) * share * scale.placesFactor())
                    + random.nextInt(3) - 1);
            offersOver(term, entry.getKey(), places);
        }
    }

    private void offersOver(Term term, String district, int places) {
        List<Unit> own = units.get(district);
        int left = places;
        for (int k = 0; k < own.size() && left > 0; k++) {
            int here = k == own.size() - 1 ? left : Math.max(1, Math.min(left, left / (own.size() - k) + random.nextInt(2)));
            Unit unit = own.get(k);
            PlaceOffer offer = new PlaceOffer(term, unit, unit.getArea(), here);
            if (k == 1) {
                offer.setLanguages(List.of("sv", "en"));
            }
            if ("RK".equals(district) || "ST".equals(district)) {
                offer.setLanguages(List.of("sv", "ar"));
            }
            List<Supervisor> staff = supervisors.get(unit);
            if (term.getStatus() != TermStatus.OPEN || k == 0) {
                offer.assignSupervisor(staff.get(0));
            }
            em.persist(offer);
            left -= here;
        }
    }

    /** Requests with ranked preferences, spread over the universities by the shares given (the third gets the rest). */
    private void requests(Term term, int count, String u1, double s1, String u2, double s2, String u3) {
        int n1 = (int) Math.round(count * s1);
        int n2 = (int) Math.round(count * s2);
        int n3 = count - n1 - n2;
        studentsOf(term, u1, n1, 0);
        studentsOf(term, u2, n2, 0);
        studentsOf(term, u3, n3, 0);
    }

    private void studentsOf(Term term, String university, int count, int firstNumber) {
        List<String> districtCodes = new ArrayList<>(weights.keySet());
        List<String> areaCodes = new ArrayList<>(areas.keySet());
        for (int i = 0; i < count; i++) {
            String ref = university.toLowerCase() + "-" + term.getCode().toLowerCase() + "-" + (firstNumber + i + 1);
            boolean noPreference = random.nextDouble() < 0.1;
            List<Long> districtIds = new ArrayList<>();
            List<Long> areaIds = new ArrayList<>();
            Set<Long> excluded = new HashSet<>();
            if (!noPreference) {
                int wanted = 1 + random.nextInt(3);
                while (districtIds.size() < wanted) {
                    String code = random.nextDouble() < 0.6 ? POPULAR.get(random.nextInt(POPULAR.size()))
                            : districtCodes.get(random.nextInt(districtCodes.size()));
                    Long id = districts.get(code).getId();
                    if (!districtIds.contains(id)) {
                        districtIds.add(id);
                    }
                }
                int areasWanted = random.nextInt(3);
                while (areaIds.size() < areasWanted) {
                    Long id = areas.get(areaCodes.get(random.nextInt(areaCodes.size()))).getId();
                    if (!areaIds.contains(id)) {
                        areaIds.add(id);
                    }
                }
            }
            if (random.nextDouble() < 0.15) {
                Long id = districts.get(districtCodes.get(random.nextInt(districtCodes.size()))).getId();
                if (!districtIds.contains(id)) {
                    excluded.add(id);
                }
            }
            double language = random.nextDouble();
            List<String> languages = language < 0.08 ? List.of("sv", "en") : language < 0.12 ? List.of("sv", "ar")
                    : List.of("sv");
            boolean support = random.nextDouble() < 0.05;
            request(term, university, ref, noPreference, areaIds, districtIds, languages, support, excluded);
        }
    }

    private StudentRequest request(Term term, String university, String ref, boolean noPreference, List<Long> areaIds,
                                   List<Long> districtIds, List<String> languages, boolean support, Set<Long> excluded) {
        RequestData data = new RequestData(ref, name(), ref + "@student.demo.se", null, noPreference, areaIds,
                districtIds, languages, support, support ? "Behöver en handledare med handledarutbildning." : null,
                List.copyOf(excluded), null);
        StudentRequest request = StudentRequest.of(term, universities.get(university), data,
                areaIds.stream().map(id -> em.find(AreaOfWork.class, id)).toList(),
                districtIds.stream().map(id -> em.find(District.class, id)).toList(),
                new HashSet<>(excluded.stream().map(id -> em.find(District.class, id)).toList()));
        LocalDate sent = term.getRequestDeadline().minusDays(3);
        request.recordChange(DemoLogins.university(university), at(sent.isBefore(today) ? sent : today.minusDays(1)),
                false);
        em.persist(request);
        return request;
    }

    /**
     * Runs the allocation a week after the request deadline, publishes, and lets the districts answer and the
     * placements run their course: a share declined, a share interrupted, the rest completed.
     */
    private void finish(Term term, double declined, double interrupted) {
        LocalDate runDay = term.getRequestDeadline().plusDays(7);
        List<Placement> placements = DemoAllocation.run(em, term, term.getYear() * 10L + term.getSeason().ordinal(),
                "central", at(runDay));
        for (Placement placement : placements) {
            placement.publish("central", at(runDay.plusDays(2)));
        }
        DemoAllocation.published(em, term, "central", at(runDay.plusDays(2)));
        publishedNotices(term, placements, at(runDay.plusDays(2)));
        // a finished term keeps only each placement's last event: enough for its history, and quick to write
        load.clear();
        for (Placement placement : placements) {
            String contact = DemoLogins.district(placement.getDistrict().getCode());
            if (random.nextDouble() < declined) {
                placement.decline("Handledaren har slutat, ingen annan kan ta emot studenten.", contact,
                        at(runDay.plusDays(5)));
                event(placement);
                continue;
            }
            placement.confirm(supervisorFor(placement), contact, at(runDay.plusDays(4 + random.nextInt(8))));
            placement.start(contact, at(term.getVfuStart()));
            if (random.nextDouble() < interrupted) {
                LocalDate stopped = term.getVfuStart().plusDays(30 + random.nextInt(40));
                placement.interrupt("Studenten avbröt VFU av personliga skäl.", stopped, term.getVfuStart(), stopped,
                        contact, at(stopped));
            } else {
                placement.complete(term.getVfuEnd(), term.getVfuStart(), term.getVfuEnd(), contact, at(term.getVfuEnd()));
            }
            event(placement);
        }
    }

    /** HT2026 is running: allocated, published, most placements started; a few offers still wait for an answer. */
    private void runningTerm(Term running) {
        offers(running, 0.88, Set.of("SO", "KU"));
        requests(running, (int) Math.round(88 * scale.placesFactor()), "SU", 0.45, "SH", 0.35, "ESBH");
        List<Placement> placements = DemoAllocation.run(em, running, 20262L, "central", at(LocalDate.of(2026, 6, 5)));
        for (Placement placement : placements) {
            placement.publish("central", at(LocalDate.of(2026, 6, 8)));
            event(placement);
        }
        DemoAllocation.published(em, running, "central", at(LocalDate.of(2026, 6, 8)));
        publishedNotices(running, placements, at(LocalDate.of(2026, 6, 8)));
        Set<String> waiting = new HashSet<>(Set.of("SO", "BR"));
        load.clear();
        for (Placement placement : placements) {
            String code = placement.getDistrict().getCode();
            String contact = DemoLogins.district(code);
            if (waiting.remove(code)) {
                continue;
            }
            if (random.nextDouble() < 0.03) {
                placement.decline("Enheten har omorganiserats.", contact, at(LocalDate.of(2026, 6, 12)));
                event(placement);
                continue;
            }
            placement.confirm(supervisorFor(placement), contact, at(LocalDate.of(2026, 6, 15)));
            event(placement);
            placement.start(contact, at(running.getVfuStart()));
            event(placement);
            if (random.nextDouble() < 0.03) {
                LocalDate stopped = LocalDate.of(2026, 10, 12);
                placement.interrupt("Studenten är sjukskriven resten av terminen.", stopped, running.getVfuStart(),
                        stopped, contact, at(stopped));
                event(placement);
            }
        }
    }

    /**
     * VT2027 is open: more districts report, four have not yet; SU and SH have sent requests with ranked preferences,
     * exclusions and language needs (two ask for Somali, which no place offers), ESBH has sent none yet.
     */
    private void openTerm(Term open) {
        if (scale != Scale.DEMO) {
            // at city scale every district but four has reported about half of its places, and all three
            // universities have sent requests: the load test reports the rest and edits the requests
            List<String> reporting = new ArrayList<>(weights.keySet()).subList(4, weights.size());
            for (String code : reporting) {
                offersOver(open, code, Math.max(2, (int) Math.round(weights.get(code) * scale.placesFactor() / 2)));
            }
            studentsOf(open, "SU", 70, 0);
            studentsOf(open, "SH", 50, 0);
            studentsOf(open, "ESBH", 30, 0);
            return;
        }
        for (String code : List.of("EAV", "HA", "BR", "KU", "NO")) {
            offersOver(open, code, Math.max(2, WEIGHTS.get(code) / 2 + random.nextInt(3)));
        }
        offersOver(open, "RK", 3);
        studentsOf(open, "SU", 30, 0);
        studentsOf(open, "SH", 24, 0);
        long so = districts.get("SO").getId();
        long bou = areas.get("BOU").getId();
        request(open, "SU", "su-vt2027-31", false, List.of(bou), List.of(so), List.of("sv", "so"), false, Set.of());
        request(open, "SH", "sh-vt2027-25", false, List.of(), List.of(districts.get("RK").getId()), List.of("sv", "so"),
                false, Set.of());
        request(open, "SU", "su-vt2027-32", true, List.of(), List.of(), List.of("sv"), true,
                Set.of(districts.get("RK").getId(), districts.get("SO").getId()));
    }

    /**
     * A supervisor of the placement's unit who can still take a student this term, else one of its district's who can
     * (the fewest students first), else whoever of them has the fewest: as a district contact would choose.
     */
    private Supervisor supervisorFor(Placement placement) {
        List<Supervisor> staff = supervisors.getOrDefault(placement.getOffer().getUnit(), List.of());
        List<Supervisor> district = units.getOrDefault(placement.getDistrict().getCode(), List.of()).stream()
                .flatMap(u -> supervisors.get(u).stream()).toList();
        Supervisor offered = placement.getOffer().getSupervisor();
        List<Supervisor> all = new ArrayList<>(staff);
        if (offered != null && !all.contains(offered)) {
            all.add(0, offered);
        }
        List<Supervisor> free = all.stream().filter(this::canTakeOneMore).toList();
        if (free.isEmpty()) {
            free = district.stream().filter(this::canTakeOneMore)
                    .sorted(Comparator.comparingInt(s -> load.getOrDefault(s, 0))).toList();
        }
        if (free.isEmpty()) {
            List<Supervisor> anyone = new ArrayList<>(all);
            anyone.addAll(district);
            free = anyone.stream().sorted(Comparator.comparingInt(s -> load.getOrDefault(s, 0))).limit(1).toList();
        }
        if (free.isEmpty()) {
            return offered;
        }
        Supervisor chosen = free.get(random.nextInt(free.size()));
        load.merge(chosen, 1, Integer::sum);
        return chosen;
    }

    private boolean canTakeOneMore(Supervisor supervisor) {
        return load.getOrDefault(supervisor, 0) < supervisor.getMaxStudents();
    }

    /**
     * At city scale, the notification each district contact (demo and load-test logins alike) got when the term's
     * offers were published, as {@code AllocationService.publish} leaves them; read at once for finished terms.
     */
    private void publishedNotices(Term term, List<Placement> placements, Instant at) {
        if (!scale.publishedNotices()) {
            return;
        }
        em.flush();
        Map<Long, Integer> perDistrict = new LinkedHashMap<>();
        placements.forEach(p -> perDistrict.merge(p.getDistrict().getId(), 1, Integer::sum));
        perDistrict.forEach((districtId, offers) -> em.createQuery(
                        "SELECT u.username FROM AppUser u WHERE u.district.id = :district", String.class)
                .setParameter("district", districtId).getResultList()
                .forEach(username -> {
                    Notification notification = new Notification(username,
                            Notice.offersPublished(term.getCode(), offers, "/placements.xhtml"), at);
                    if (term.getStatus() == TermStatus.CLOSED) {
                        notification.markRead(at.plus(1, ChronoUnit.DAYS));
                    }
                    em.persist(notification);
                }));
    }

    private void event(Placement placement) {
        em.persist(PlacementEvent.of(placement));
    }

    private String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(StockholmTime.ZONE).toInstant();
    }
}
