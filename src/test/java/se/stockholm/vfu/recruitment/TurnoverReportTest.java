package se.stockholm.vfu.recruitment;

import org.junit.jupiter.api.Test;
import se.stockholm.vfu.request.importing.ImportError;
import se.stockholm.vfu.request.importing.Sheet;
import se.stockholm.vfu.request.importing.SheetReader;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff-turnover rates the portal computes from the district report's figures (seed 001, Hässelby-Vällingby and
 * the whole city 2013–2018, read from the file the demo carries through the import's parser) against the report
 * itself: its fractions (e.g. 14/48), worked out by hand to one decimal, and its own statements: "a higher turnover for
 * case workers than the city, except in 2014 and 2016" and "a higher turnover for social secretaries than the city in
 * 2013–2016, lower in 2017 and 2018".
 */
class TurnoverReportTest {

    private static final long HV = 3L;

    private static Map<String, BigDecimal> rates() throws Exception {
        byte[] content;
        try (InputStream in = DemoRecruitment.class.getResourceAsStream(DemoRecruitment.SEED_FILE)) {
            content = in.readAllBytes();
        }
        TurnoverSheet.Result result = TurnoverSheet.parse(
                SheetReader.read("seed.csv", TurnoverSheet.withoutComments(content)), Map.of("HV", HV), null);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(24);
        Map<String, BigDecimal> rates = new HashMap<>();
        for (TurnoverSheet.Parsed row : result.rows()) {
            TurnoverForm f = row.form();
            rates.put((f.districtId() == null ? "CITY" : "HV") + f.group() + f.year(),
                    TurnoverRate.percent(f.left(), f.permanentStaff()));
        }
        return rates;
    }

    @Test
    void theRatesAreTheReportsFractionsInPerCent() throws Exception {
        Map<String, BigDecimal> r = rates();
        // case workers, HV: 14/48 7/49 15/56 11/56 21/63 16/59; city: 72/457 89/460 110/492 138/499 119/529 117/573
        assertThat(List.of(r.get("HVCASE_WORKER2013"), r.get("HVCASE_WORKER2014"), r.get("HVCASE_WORKER2015"),
                r.get("HVCASE_WORKER2016"), r.get("HVCASE_WORKER2017"), r.get("HVCASE_WORKER2018")))
                .containsExactly(bd("29.2"), bd("14.3"), bd("26.8"), bd("19.6"), bd("33.3"), bd("27.1"));
        assertThat(List.of(r.get("CITYCASE_WORKER2013"), r.get("CITYCASE_WORKER2014"), r.get("CITYCASE_WORKER2015"),
                r.get("CITYCASE_WORKER2016"), r.get("CITYCASE_WORKER2017"), r.get("CITYCASE_WORKER2018")))
                .containsExactly(bd("15.8"), bd("19.3"), bd("22.4"), bd("27.7"), bd("22.5"), bd("20.4"));
        // social secretaries, HV: 25/101 23/95 34/119 57/144 25/149 30/161; city: 185/898 193/914 251/980 337/1075
        // 290/1157 244/1176
        assertThat(List.of(r.get("HVSOCIAL_SECRETARY2013"), r.get("HVSOCIAL_SECRETARY2014"),
                r.get("HVSOCIAL_SECRETARY2015"), r.get("HVSOCIAL_SECRETARY2016"), r.get("HVSOCIAL_SECRETARY2017"),
                r.get("HVSOCIAL_SECRETARY2018")))
                .containsExactly(bd("24.8"), bd("24.2"), bd("28.6"), bd("39.6"), bd("16.8"), bd("18.6"));
        assertThat(List.of(r.get("CITYSOCIAL_SECRETARY2013"), r.get("CITYSOCIAL_SECRETARY2014"),
                r.get("CITYSOCIAL_SECRETARY2015"), r.get("CITYSOCIAL_SECRETARY2016"), r.get("CITYSOCIAL_SECRETARY2017"),
                r.get("CITYSOCIAL_SECRETARY2018")))
                .containsExactly(bd("20.6"), bd("21.1"), bd("25.6"), bd("31.3"), bd("25.1"), bd("20.7"));
    }

    @Test
    void theDistrictAgainstTheCityIsWhatTheReportSays() throws Exception {
        Map<String, BigDecimal> r = rates();
        for (int year = 2013; year <= 2018; year++) {
            boolean higherCaseWorkers = r.get("HVCASE_WORKER" + year).compareTo(r.get("CITYCASE_WORKER" + year)) > 0;
            assertThat(higherCaseWorkers).as("case workers " + year + ": higher except 2014 and 2016")
                    .isEqualTo(year != 2014 && year != 2016);
            boolean higherSocial = r.get("HVSOCIAL_SECRETARY" + year).compareTo(r.get("CITYSOCIAL_SECRETARY" + year)) > 0;
            assertThat(higherSocial).as("social secretaries " + year + ": higher 2013-2016, lower 2017-2018")
                    .isEqualTo(year <= 2016);
        }
    }

    @Test
    void importedRowsAreCheckedOneByOneWithTheRowNumber() {
        Sheet sheet = new Sheet(List.of("stadsdel", "år", "yrkesgrupp", "tillsvidareanställda", "slutat",
                "till annan stadsarbetsgivare"), List.of(
                new Sheet.Row(2, List.of("HV", "2019", "socialsekreterare", "150", "20", "5")),
                new Sheet.Row(3, List.of("XX", "2019", "socialsekreterare", "150", "20", "5")),
                new Sheet.Row(4, List.of("HV", "2019", "biståndshandläggare", "10", "12", "0")),
                new Sheet.Row(5, List.of("HV", "tjugo", "kurator", "10", "1", "0")),
                new Sheet.Row(6, List.of("Staden", "2019", "socialsekreterare", "1000", "200", "250"))));
        TurnoverSheet.Result result = TurnoverSheet.parse(sheet, Map.of("HV", HV), null);
        assertThat(result.rows()).extracting(TurnoverSheet.Parsed::row).containsExactly(2);
        assertThat(result.errors()).extracting(ImportError::row, ImportError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "recruitment.import.unknownDistrict"),
                org.assertj.core.groups.Tuple.tuple(4, "recruitment.error.left"),
                org.assertj.core.groups.Tuple.tuple(5, "recruitment.import.number"),
                org.assertj.core.groups.Tuple.tuple(5, "recruitment.import.unknownGroup"),
                org.assertj.core.groups.Tuple.tuple(6, "recruitment.error.moved"));
        TurnoverSheet.Result asDistrict = TurnoverSheet.parse(sheet, Map.of("HV", HV), 99L);
        assertThat(asDistrict.errors()).extracting(ImportError::row, ImportError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "recruitment.import.otherDistrict"));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
