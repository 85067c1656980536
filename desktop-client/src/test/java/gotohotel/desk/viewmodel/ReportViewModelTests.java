package gotohotel.desk.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import gotohotel.desk.service.ReportRefusedException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The managers' report: the next 14 nights first, any range asked after, a refusal said in words. */
class ReportViewModelTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final FakeDayLists service = new FakeDayLists(TODAY);
    private final ReportViewModel report = new ReportViewModel(service, new SameThreadExecutor());

    @Test
    void showsTheNextFourteenNightsFirstAndThenTheRangeAsked() {
        report.show();

        assertThat(report.fromProperty().get()).isEqualTo(TODAY);
        assertThat(report.toProperty().get()).isEqualTo(TODAY.plusDays(13));
        assertThat(report.reportProperty().get().nights()).hasSize(14);

        report.fromProperty().set(TODAY.minusDays(30));
        report.toProperty().set(TODAY.minusDays(1));
        report.ask();

        assertThat(report.reportProperty().get().nights()).hasSize(30);
        assertThat(report.reportProperty().get().nights().get(0).night()).isEqualTo(TODAY.minusDays(30));
        assertThat(report.refusalProperty().get()).isNull();
        assertThat(report.askingProperty().get()).isFalse();
    }

    @Test
    void aRefusalClearsTheReportAndSaysWhy() {
        report.show();
        service.refuse(ReportRefusedException.Reason.MANAGERS_ONLY, "Only a manager may do this");

        report.ask();

        assertThat(report.reportProperty().get()).isNull();
        assertThat(report.refusalProperty().get()).isEqualTo("report.refused.MANAGERS_ONLY");
        assertThat(report.detailProperty().get()).isEqualTo("Only a manager may do this");
    }
}
