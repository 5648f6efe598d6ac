package uk.beacon.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.beacon.reports.ReportRendererTest.assertEveryFontEmbedded;
import static uk.beacon.reports.ReportRendererTest.countOf;
import static uk.beacon.reports.ReportRendererTest.flat;
import static uk.beacon.reports.ReportRendererTest.keepForInspection;
import static uk.beacon.reports.ReportRendererTest.pageText;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.beacon.reports.dashboard.AuthorityDashboard;
import uk.beacon.reports.format.NoteLine;
import uk.beacon.reports.format.ReportException;
import uk.beacon.reports.format.RestrictedNote;
import uk.beacon.reports.triage.TriageFormat;
import uk.beacon.reports.triage.TriageReport;
import uk.beacon.reports.triage.TriageRow;

class TriageRendererTest {

    @TempDir
    Path tmp;

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void triageGoldenText() throws Exception {
        Path pdf = tmp.resolve("triage.pdf");

        renderer.renderTriage(SampleTriage.sample(), pdf);

        keepForInspection(pdf, "peer-review-triage-sample.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text).contains("Beacon — peer-review triage", "Period: October 2026", "Data as of 23 November 2026",
                    "Audience: Sector-led improvement body", "Synthetic demonstration data",
                    "3 authorities with an open or new peer-review trigger; 2 whose peer review is overdue "
                            + "(more than 24 months since the last completed review).",
                    "3 evidence lines rest on notes above this audience's sharing level and are not shown.",
                    "Triggers",
                    "Dunecliffe (975) · South Coast · SERIOUS CONCERN (score 30.7)",
                    "Marshby & Fenwold (931) · East Fens · CONCERN (score 18.3)",
                    "Holmcross (944) · North Fells · WATCH (score 9.0)",
                    "Trigger T-975-2026-04 opened April 2026 · status: open · last completed peer review: 20 April 2024 (30 months ago) · REVIEW OVERDUE",
                    "Trigger T-931-2026-10 opened October 2026 · status: new · last completed peer review: 2 August 2025 (14 months ago)",
                    "Trigger T-944-2026-09 opened September 2026 · status: open · no completed peer review on record · REVIEW OVERDUE",
                    "[9.5] SIGNAL_01 Evidence line number 1", "[6.0] SIGNAL_08 Evidence line number 8",
                    "… and 4 more signals (see beacon explain)",
                    "[3.8] SPC_OUTSIDE_LIMITS Re-referrals within 12 months above the upper control limit for 3 months",
                    "Peer reviews overdue", "Authority Region Last completed review Months since Current level",
                    "Staverley (912) North Fells 11 July 2024 27 NONE",
                    "Brackenholt (958) Midland Vales None on record – WATCH",
                    "Page 1 of " + pages);
            // The long evidence line wraps but is there whole.
            assertThat(text).contains(SampleTriage.twelveSignals().get(1));
            assertThat(text).doesNotContain("SIGNAL_09", "T-975-2026-04 opened April 2026 · status: open · last completed peer review: 20 April 2024 (30 months ago) · REVIEW OVERDUE · ",
                    "No open or new triggers", "No reviews overdue", "null", "CONCERN (score 30.74)");
            // In the order given, overdue table after the triggers.
            assertThat(text.indexOf("Dunecliffe (975)")).isLessThan(text.indexOf("Marshby & Fenwold (931)"));
            assertThat(text.indexOf("Marshby & Fenwold (931)")).isLessThan(text.indexOf("Holmcross (944)"));
            assertThat(text.indexOf("Holmcross (944)")).isLessThan(text.indexOf("Peer reviews overdue"));
            for (int page = 1; page <= pages; page++) {
                String pageText = pageText(document, page);
                assertThat(countOf(pageText, "TLP:AMBER+STRICT")).as("marking on page %d, header and footer", page).isEqualTo(2);
                assertThat(pageText).as("page %d", page).contains("Beacon — peer-review triage", "Synthetic demonstration data",
                        "Page " + page + " of " + pages);
            }
            assertEveryFontEmbedded(document);
            // The table runs onto page 2 (one row there), which repeats its column headings.
            assertThat(pages).isEqualTo(2);
            assertThat(flat(pageText(document, 2))).contains("Peer reviews overdue, continued",
                    "Authority Region Last completed review Months since Current level", "Brackenholt (958)");
            assertThat(flat(pageText(document, 1))).doesNotContain("continued");
            // Each block on one page: its first line and its last evidence line together.
            assertThat(pageOf(document, "Dunecliffe (975)")).isEqualTo(pageOf(document, "… and 4 more signals"));
            assertThat(pageOf(document, "Marshby & Fenwold (931)")).isEqualTo(pageOf(document, "[1.7] TREND_WORSENING"));
        }
        assertThat(CompiledTemplates.compilations(ReportRenderer.PEER_REVIEW_TRIAGE)).isEqualTo(1);
    }

    @Test
    void theOverdueTableSaysContinuedOnEveryLaterPageAndNeverOnItsFirst() throws Exception {
        // Two more blocks after Dunecliffe's, of 0 to 8 evidence lines, move where the overdue table
        // starts a line at a time, across the first page break.
        List<TriageRow> overdue = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            overdue.add(new TriageRow(String.valueOf(800 + i), "Overdue " + i, "North Fells", null, null, null, "none", 0.5, 30 + i,
                    "1 May 2024", true, List.of()));
        }
        java.util.Set<Integer> headingPages = new java.util.TreeSet<>();
        for (int layout = 0; layout < 18; layout++) {
            List<TriageRow> triggered = new java.util.ArrayList<>(List.of(SampleTriage.DUNECLIFFE));
            for (int lines : new int[] {layout / 9 * 8, layout % 9}) {
                triggered.add(new TriageRow("944", "Holmcross", "North Fells", "T-944-2026-09", "September 2026", "open", "watch", 9.0,
                        null, null, true, SampleTriage.twelveSignals().subList(2, 2 + lines)));
            }
            TriageReport report = new TriageReport("2026-10", "October 2026", "23 November 2026", true, "TLP:AMBER", "Sector-led improvement body",
                    triggered, overdue, 0);
            Path pdf = tmp.resolve("overdue-" + layout + ".pdf");
            renderer.renderTriage(report, pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                int heading = 0;
                for (int page = 1; page <= document.getNumberOfPages() && heading == 0; page++) {
                    if (pageText(document, page).lines().anyMatch(l -> l.strip().equals("Peer reviews overdue"))) {
                        heading = page;
                    }
                }
                assertThat(heading).isPositive();
                headingPages.add(heading);
                assertThat(pageText(document, heading)).as("layout %d: heading page", layout).doesNotContain("Peer reviews overdue, continued");
                int last = pageOf(document, "Overdue 39 (839)");
                assertThat(last).isGreaterThan(heading);
                for (int page = heading + 1; page <= last; page++) {
                    assertThat(pageText(document, page)).as("layout %d: page %d", layout, page).contains("Peer reviews overdue, continued",
                            "Authority Region Last completed review");
                }
            }
        }
        assertThat(headingPages).as("the table started on page 1 in some layouts, page 2 in others").contains(1, 2);
    }

    @Test
    void theNamedRecipientsCopyAddsTheRestrictedNotesAndIsMarkedByThem() throws Exception {
        NoteLine red = new NoteLine("14 August 2026", "OTHER", "concern", 2, "TLP:RED", "Regional DCS network",
                "Confidential: early discussion of a possible restructure of early help; not for wider sharing.");
        NoteLine strict = new NoteLine("2 June 2026", "PRACTICE", "concern", 2, "TLP:AMBER+STRICT", "Ofsted regional lead",
                "Practice concerns raised informally after a focused visit; letter not yet published.");
        TriageReport named = SampleTriage.sample().forNamedRecipients("TLP:RED", "Named recipients: Jo Bloggs, Sam Smith",
                List.of(new RestrictedNote("Carrick Fell (953)", red), new RestrictedNote("Dunecliffe (975)", strict)));
        Path pdf = tmp.resolve("named.pdf");

        renderer.renderTriage(named, pdf, "pass-word".toCharArray());

        keepForInspection(pdf, "peer-review-triage-named.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "pass-word")) {
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text).contains("Audience: Named recipients: Jo Bloggs, Sam Smith", "Restricted notes",
                    "for Named recipients: Jo Bloggs, Sam Smith only. Do not forward.",
                    "Carrick Fell (953) · 14 August 2026", red.summary(), "Dunecliffe (975) · 2 June 2026", strict.summary());
            assertThat(text.indexOf("Peer reviews overdue")).isLessThan(text.indexOf("Restricted notes"));
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(countOf(pageText(document, page), "TLP:RED")).as("marking on page %d", page).isGreaterThanOrEqualTo(2);
            }
            assertEveryFontEmbedded(document);
        }
        // The sector body's copy has no such section.
        Path plain = tmp.resolve("plain.pdf");
        renderer.renderTriage(SampleTriage.sample(), plain);
        try (PDDocument document = Loader.loadPDF(plain.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Restricted notes");
        }
    }

    @Test
    void aNamedCopyMarkedLessStrictlyThanOneOfItsNotesIsRefused() {
        NoteLine red = new NoteLine("14 August 2026", "OTHER", "concern", 2, "TLP:RED", "Regional DCS network", "Red note");
        TriageReport mismarked = SampleTriage.sample().forNamedRecipients("TLP:AMBER+STRICT", "Named recipients: Jo Bloggs",
                List.of(new RestrictedNote("Carrick Fell (953)", red)));
        assertThatThrownBy(() -> renderer.renderTriage(mismarked, tmp.resolve("mismarked.pdf"), "pw".toCharArray()))
                .isInstanceOf(ReportException.class).hasMessageContaining("TLP:RED");
    }

    @Test
    void aNamedCopyWithNoRestrictedNotesSaysSo() throws Exception {
        Path pdf = tmp.resolve("named-none.pdf");
        renderer.renderTriage(SampleTriage.sample().forNamedRecipients("TLP:AMBER+STRICT", "Named recipients: Jo Bloggs", List.of()), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(flat(new PDFTextStripper().getText(document))).contains("Restricted notes",
                    "No notes above TLP:AMBER in the last 12 months.");
        }
    }

    @Test
    void emptyTriageSaysSoInBothSections() throws Exception {
        Path pdf = tmp.resolve("empty.pdf");

        renderer.renderTriage(SampleTriage.empty(), pdf);

        keepForInspection(pdf, "peer-review-triage-empty.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text).contains("0 authorities with an open or new peer-review trigger; 0 whose peer review is overdue",
                    "Triggers", TriageFormat.NO_TRIGGERS, "Peer reviews overdue", TriageFormat.NO_OVERDUE, "Page 1 of 1");
            assertThat(text).doesNotContain("evidence line", "Months since", "null");
            assertThat(text.indexOf(TriageFormat.NO_TRIGGERS)).isLessThan(text.indexOf(TriageFormat.NO_OVERDUE));
            assertThat(countOf(text, "TLP:AMBER")).isEqualTo(2);
            assertEveryFontEmbedded(document);
        }
    }

    @Test
    void manyTriggersRunOverPagesWithoutSplittingABlock() throws Exception {
        List<TriageRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            TriageRow d = SampleTriage.DUNECLIFFE;
            rows.add(new TriageRow(String.valueOf(900 + i), "Authority " + i, d.regionName(), "T-" + (900 + i) + "-2026-04",
                    d.openedPeriodLabel(), d.status(), i % 2 == 0 ? "serious concern" : "concern", 30 - i, d.monthsSinceReview(),
                    d.lastReviewLabel(), d.reviewOverdue(), d.evidence()));
        }
        TriageReport report = new TriageReport("2026-10", "October 2026", "23 November 2026", false, "TLP:RED",
                "Sector-led improvement body", rows, List.of(SampleTriage.STAVERLEY), 0);
        Path pdf = tmp.resolve("many.pdf");

        renderer.renderTriage(report, pdf);

        keepForInspection(pdf, "peer-review-triage-many.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int i = 0; i < rows.size(); i++) {
                int first = pageOf(document, "Authority " + i + " (" + (900 + i) + ")");
                assertThat(first).as("block %d", i).isPositive();
                // The last line of block i is its "… and 4 more signals"; the next block's first line follows it.
                String next = i + 1 < rows.size() ? "Authority " + (i + 1) + " (" : "Peer reviews overdue";
                String pageText = flat(pageText(document, first));
                int end = pageText.indexOf("… and 4 more signals", pageText.indexOf("Authority " + i + " ("));
                assertThat(end).as("block %d ends on its first page %d", i, first).isPositive();
                if (pageText.contains(next)) {
                    assertThat(end).isLessThan(pageText.indexOf(next));
                }
            }
            for (int page = 1; page <= pages; page++) {
                assertThat(countOf(pageText(document, page), "TLP:RED")).isEqualTo(2);
                assertThat(pageText(document, page)).contains("Page " + page + " of " + pages).doesNotContain("Synthetic");
            }
        }
    }

    @Test
    void triageWithoutTlpMarkingIsRefused() {
        TriageReport s = SampleTriage.sample();
        TriageReport unmarked = new TriageReport(s.period(), s.periodLabel(), s.dataAsOf(), true, "  ", s.audienceLabel(),
                s.triggered(), s.overdueReviews(), 0);

        assertThatThrownBy(() -> renderer.renderTriage(unmarked, tmp.resolve("unmarked.pdf")))
                .isInstanceOf(ReportException.class).hasMessageContaining("TLP");
        assertThat(tmp.resolve("unmarked.pdf")).doesNotExist();
    }

    @Test
    void encryptedTriageOpensOnlyWithThePassword() throws Exception {
        Path pdf = tmp.resolve("triage-encrypted.pdf");
        char[] password = "Correct horse 7!".toCharArray();

        renderer.renderTriage(SampleTriage.sample(), pdf, password);

        // The caller's array is the caller's: left as it was.
        assertThat(new String(password)).isEqualTo("Correct horse 7!");
        assertOpensOnlyWith(pdf, "Correct horse 7!", "Dunecliffe (975) · South Coast · SERIOUS CONCERN (score 30.7)", "TLP:AMBER+STRICT");
        Arrays.fill(password, '\0');
    }

    @Test
    void encryptedDashboardOpensOnlyWithThePassword() throws Exception {
        Path pdf = tmp.resolve("dashboard-encrypted.pdf");
        AuthorityDashboard red = SampleDashboards.marked(SampleDashboards.sample("E08000012", "Liverpool", true), "TLP:RED");

        renderer.renderAuthorityDashboard(red, pdf, "s3cret-Pa55".toCharArray());

        assertOpensOnlyWith(pdf, "s3cret-Pa55", "Liverpool (E08000012)", "TLP:RED");
    }

    @Test
    void emptyOrNullPasswordMeansNoEncryption() throws Exception {
        Path plain = tmp.resolve("plain.pdf");
        Path empty = tmp.resolve("empty-password.pdf");

        renderer.renderTriage(SampleTriage.sample(), plain, null);
        renderer.renderTriage(SampleTriage.sample(), empty, new char[0]);

        for (Path pdf : List.of(plain, empty)) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.isEncrypted()).isFalse();
            }
        }
    }

    @Test
    void aPasswordOutsideLatin1Works() throws Exception {
        // AES-256 (revision 6) takes Unicode passwords (SASLprep, UTF-8).
        Path pdf = tmp.resolve("unicode-password.pdf");

        renderer.renderTriage(SampleTriage.sample(), pdf, "пароль-Ünïcødé £".toCharArray());

        assertOpensOnlyWith(pdf, "пароль-Ünïcødé £", "Holmcross (944)");
        assertThat(tmp.toFile().list()).containsExactly("unicode-password.pdf");
    }

    private static void assertOpensOnlyWith(Path pdf, String password, String... expected) throws Exception {
        assertThatThrownBy(() -> Loader.loadPDF(pdf.toFile()).close()).isInstanceOf(InvalidPasswordException.class);
        assertThatThrownBy(() -> Loader.loadPDF(pdf.toFile(), "wrong").close()).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), password)) {
            assertThat(document.isEncrypted()).isTrue();
            assertThat(document.getEncryption().getLength()).as("key length").isEqualTo(256);
            AccessPermission permission = document.getCurrentAccessPermission();
            assertThat(permission.isOwnerPermission()).as("user password is not the owner password").isFalse();
            assertThat(permission.canPrint()).isTrue();
            assertThat(permission.canExtractContent()).isTrue();
            assertThat(permission.canExtractForAccessibility()).isTrue();
            assertThat(permission.canModify()).isFalse();
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text).contains(expected);
            assertThat(text).contains("Page 1 of " + document.getNumberOfPages());
            assertEveryFontEmbedded(document);
        }
    }

    /** The first page (1-based) whose text, whitespace collapsed, contains {@code needle}, or 0. */
    private static int pageOf(PDDocument document, String needle) throws Exception {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (flat(pageText(document, page)).contains(needle)) {
                return page;
            }
        }
        return 0;
    }
}
