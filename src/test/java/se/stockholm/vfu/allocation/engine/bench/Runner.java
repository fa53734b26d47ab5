package se.stockholm.vfu.allocation.engine.bench;

import se.stockholm.vfu.allocation.ProblemJson;
import se.stockholm.vfu.allocation.ResultJson;
import se.stockholm.vfu.allocation.engine.AllocationProblem;
import se.stockholm.vfu.allocation.engine.AllocationResult;
import se.stockholm.vfu.allocation.engine.Allocator;
import se.stockholm.vfu.allocation.engine.HypotheticalPlace;
import se.stockholm.vfu.allocation.engine.WhatIf;
import se.stockholm.vfu.allocation.engine.WhatIfResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the engine from the command line. Without arguments it benchmarks the generated instances;
 * with a problem file in the JSON format of {@code docs/allocation.md} it allocates that problem and
 * prints the summary, and with {@code --json} the whole result as JSON too.
 * <p>
 * Each benchmark instance is run once cold, as the portal would run it once a term, and then
 * {@value #WARM_RUNS} more times with the JIT warmed up; the best and the median of those are reported
 * beside it, in wall-clock and in CPU time of the running thread (which other load on the machine
 * disturbs less), the cold run's CPU time too. The machine is shared, so the load average is printed
 * with the figures.
 */
public final class Runner {

    private static final int WARM_RUNS = 7;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Runner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            benchmark();
            return;
        }
        if (args[0].equals("--what-if")) {
            whatIfBenchmark();
            return;
        }
        AllocationProblem problem = ProblemJson.read(Files.readString(Path.of(args[0])));
        AllocationResult result = new Allocator().allocate(problem);
        System.out.println(summary(result));
        if (Arrays.asList(args).contains("--json")) {
            System.out.println(ResultJson.write(result));
        }
    }

    private static void benchmark() {
        InstanceGenerator generator = new InstanceGenerator(2026);
        record Instance(String name, AllocationProblem problem) {
        }
        List<Instance> instances = List.of(
                new Instance("100 students x 14 districts (8 district/area entries, 5% no preference)",
                        generator.districtsAndAreas(100, 5, 8, 0.05)),
                new Instance("1,000 students x 200 places (8 places ranked)",
                        generator.singlePlaces(1_000, 200, 8, 0)),
                new Instance("10,000 students x 2,000 places (8 places ranked)",
                        generator.singlePlaces(10_000, 2_000, 8, 0)),
                new Instance("10,000 students x 2,000 places (8 places ranked, 2% no preference)",
                        generator.singlePlaces(10_000, 2_000, 8, 0.02)));
        for (Instance instance : instances) {
            AllocationProblem problem = instance.problem();
            System.gc();
            resetPeakHeap();
            long coldCpuBefore = THREADS.getCurrentThreadCpuTime();
            AllocationResult cold = new Allocator().allocate(problem);
            long coldCpuMillis = (THREADS.getCurrentThreadCpuTime() - coldCpuBefore) / 1_000_000;
            long peakHeap = peakHeapBytes();
            List<Long> warmMillis = new ArrayList<>();
            List<Long> warmCpuMillis = new ArrayList<>();
            for (int run = 0; run < WARM_RUNS; run++) {
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                warmMillis.add(new Allocator().allocate(problem).elapsed().toMillis());
                warmCpuMillis.add((THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000);
            }
            warmMillis.sort(Long::compare);
            warmCpuMillis.sort(Long::compare);
            GreedyBaseline.Outcome greedy = GreedyBaseline.allocate(problem);
            System.out.printf("%s%n  engine: %s%n  time: cold %d ms (CPU %d ms), warm best %d ms (CPU %d ms), "
                            + "warm median %d ms (CPU %d ms); peak heap %d MB; load average %.2f%n"
                            + "  greedy first-come baseline: placed %d, profile %s%n",
                    instance.name(), summary(cold), cold.elapsed().toMillis(), coldCpuMillis, warmMillis.get(0),
                    warmCpuMillis.get(0), warmMillis.get(WARM_RUNS / 2), warmCpuMillis.get(WARM_RUNS / 2),
                    peakHeap / (1024 * 1024), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    greedy.placed(), Arrays.toString(greedy.countByRank()));
        }
    }

    /**
     * Times {@link WhatIf} over every district-and-area pair (14 × 7, Swedish) on the benchmark's instances, once
     * cold and then {@value #WARM_RUNS} times warm, in wall-clock and CPU time of the running thread.
     */
    private static void whatIfBenchmark() {
        InstanceGenerator generator = new InstanceGenerator(2026);
        Map<String, AllocationProblem> instances = new LinkedHashMap<>();
        // drawn in the order of the allocation benchmark, so the 10,000 x 2,000 instances are the same ones
        instances.put("100 students x 14 districts (8 district/area entries, 5% no preference)",
                generator.districtsAndAreas(100, 5, 8, 0.05));
        generator.singlePlaces(1_000, 200, 8, 0);
        instances.put("10,000 students x 2,000 places (8 places ranked)", generator.singlePlaces(10_000, 2_000, 8, 0));
        instances.put("10,000 students x 2,000 places (8 places ranked, 2% no preference)",
                generator.singlePlaces(10_000, 2_000, 8, 0.02));
        instances.put("1,000 students x 210 places (8 district/area entries, 5% no preference)",
                generator.districtsAndAreas(1_000, 15, 8, 0.05));
        List<HypotheticalPlace> candidates = new ArrayList<>();
        for (String district : InstanceGenerator.DISTRICTS) {
            for (String area : InstanceGenerator.AREAS) {
                candidates.add(new HypotheticalPlace(district, area, Set.of("sv")));
            }
        }
        for (Map.Entry<String, AllocationProblem> instance : instances.entrySet()) {
            System.gc();
            long coldCpuBefore = THREADS.getCurrentThreadCpuTime();
            WhatIfResult cold = new WhatIf().analyse(instance.getValue(), candidates);
            long coldCpuMillis = (THREADS.getCurrentThreadCpuTime() - coldCpuBefore) / 1_000_000;
            List<Long> warmMillis = new ArrayList<>();
            List<Long> warmCpuMillis = new ArrayList<>();
            for (int run = 0; run < WARM_RUNS; run++) {
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                warmMillis.add(new WhatIf().analyse(instance.getValue(), candidates).elapsed().toMillis());
                warmCpuMillis.add((THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000);
            }
            warmMillis.sort(Long::compare);
            warmCpuMillis.sort(Long::compare);
            long helping = cold.pairs().stream().filter(gain -> gain.gainOfOne() > 0).count();
            System.out.printf("%s%n  what-if: placeable %d of %d, %d of %d pairs gain one, best %s%n"
                            + "  time: cold %d ms (CPU %d ms), warm best %d ms (CPU %d ms), warm median %d ms (CPU %d ms);"
                            + " load average %.2f%n",
                    instance.getKey(), cold.placeable(), cold.requests(), helping, cold.pairs().size(),
                    cold.pairs().get(0), cold.elapsed().toMillis(), coldCpuMillis, warmMillis.get(0),
                    warmCpuMillis.get(0), warmMillis.get(WARM_RUNS / 2), warmCpuMillis.get(WARM_RUNS / 2),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static String summary(AllocationResult result) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("placed %d of %d requests (ceiling %d; %d places, capacity %d), profile %s, %d ms",
                result.placedCount(), result.ceiling().requests(), result.ceiling().maxPlaceable(),
                result.ceiling().places(), result.ceiling().capacity(), result.profile().countByRank(),
                result.elapsed().toMillis()));
        result.shortage().stream().limit(3).forEach(group -> text.append(String.format(
                "%n    short by %d: %d students, %d places in %s", group.shortfall(), group.demand(),
                group.capacity(), group.capacityByDistrict().keySet())));
        return text.toString();
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
