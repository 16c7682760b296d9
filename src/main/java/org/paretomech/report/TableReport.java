package org.paretomech.report;

import java.util.List;
import java.util.Locale;
import org.paretomech.analysis.FrontierAnalysis;
import org.paretomech.auction.SecondPriceOutcome;
import org.paretomech.auction.SecondPriceTable;
import org.paretomech.bargaining.BargainingSolution;
import org.paretomech.distribution.DiscreteDistribution;
import org.paretomech.frontier.Frontier;
import org.paretomech.frontier.FrontierPoint;
import org.paretomech.frontier.UnresolvedSegment;
import org.paretomech.instance.Instance;
import org.paretomech.mechanism.description.AuctionDescription;
import org.paretomech.mechanism.description.PaymentSide;

/**
 * The human-readable table printed by {@code paretomech frontier} by default. Results have six
 * significant digits and welfare ratios four decimals; amounts and ratios within the certified
 * accuracy of 0 or 1 print as 0 or 1, and a welfare within it of {@code W*} prints as {@code W*}
 * ({@link ReportedValues} states the rule), so the table never shows rounding residue such as
 * {@code 6.66134e-17} or a welfare above {@code W*}. Welfare ratios are those of the JSON
 * ({@link FrontierAnalysis#welfareRatio}), 1 when {@code W* = 0}.
 */
public final class TableReport {

    private TableReport() {
    }

    /** Renders the report; {@code maxVertexRows} limits the vertex listing (ends always shown). */
    public static String render(FrontierAnalysis analysis, String solver, int maxVertexRows) {
        Frontier f = analysis.frontier();
        Instance in = f.instance();
        DiscreteDistribution d = in.distribution();
        ReportedValues rv = ReportedValues.of(f);
        StringBuilder sb = new StringBuilder();
        line(sb, "Instance    %s", printable(in.name()));
        line(sb, "            n = %d buyers, k = %d unit%s, transfers %s", in.buyers(), in.units(),
                in.units() == 1 ? "" : "s", in.transfers().label());
        line(sb, "            K = %d support points in [%s, %s], mean value %s", in.supportSize(), num(d.value(0)),
                num(d.maxValue()), num(d.mean()));
        if (!in.source().isEmpty()) {
            line(sb, "Source      %s", printable(in.source()));
        }
        line(sb, "Solver      %s; %s frontier, %d weighted solves, every point certified", solver, f.method(), f.lpSolves());
        if (!f.method().equals("dichotomic")) {
            line(sb, "NOTE        %s is a crude weight grid: the true frontier may lie up to %s outside this polyline "
                    + "(certified gap); negative surplus gaps below mean the grid missed part of it", f.method(),
                    num(f.certifiedGap()));
        }
        for (UnresolvedSegment u : f.unresolved()) {
            line(sb, "WARNING     the frontier between (%s, %s) and (%s, %s) could not be searched; it is drawn "
                    + "as a straight edge and may lie higher: %s", num(u.fromRevenue()), num(u.fromSurplus()),
                    num(u.toRevenue()), num(u.toSurplus()), u.reason());
        }
        sb.append('\n');
        line(sb, "%-28s %14s %14s %14s %10s", "", "revenue R", "surplus S", "welfare W", "W / W*");
        row(sb, analysis, rv, "revenue end (R_max)", f.revenueEnd().revenue(), f.revenueEnd().surplus());
        row(sb, analysis, rv, "surplus end (S_max)", f.surplusEnd().revenue(), f.surplusEnd().surplus());
        line(sb, "%-28s %14s %14s %14s", "ideal point", num(rv.amount(f.revenueMax())), num(rv.amount(f.surplusMax())), "");
        line(sb, "%-28s %14s %14s %14s %10s", "efficient welfare W*", "", "", num(f.welfareMax()), "1");
        sb.append('\n');
        line(sb, "Bargaining solutions on the frontier (disagreement point (0, 0))");
        for (BargainingSolution s : List.of(analysis.kalaiSmorodinsky(), analysis.nash(), analysis.crossSideNash())) {
            row(sb, analysis, rv, label(s.concept(), in.buyers()), s.revenue(), s.surplus());
            line(sb, "    %s", analysis.mechanismText(s, TableReport::withPayments));
        }
        sb.append('\n');
        SecondPriceTable t = analysis.secondPrice();
        line(sb, "Second-price auctions with a reserve at a support point (Vickrey payments)");
        SecondPriceOutcome best = t.bestReserve();
        SecondPriceOutcome none = t.noReserve();
        SecondPriceOutcome mono = t.monopolyReserve();
        spRow(sb, analysis, rv, "no reserve (r = " + num(none.reserve()) + ")", none);
        spRow(sb, analysis, rv, "best reserve r = " + num(best.reserve()), best);
        spRow(sb, analysis, rv, "monopoly reserve r = " + num(mono.reserve()), mono);
        tieNote(sb, "best", t.bestReserves());
        tieNote(sb, "monopoly", t.monopolyReserves());
        line(sb, "  (surplus gap: frontier surplus at the same revenue minus the auction's; the monopoly");
        line(sb, "   reserve maximises revenue when payments are set at the frontier's revenue-side extreme)");
        sb.append('\n');
        List<FrontierPoint> v = f.vertices();
        line(sb, "Frontier: %d vertices (revenue end first)%s", v.size(),
                v.size() > maxVertexRows ? String.format(Locale.ROOT, ", showing %d; --format csv lists all", maxVertexRows) : "");
        line(sb, "  payments: the IC payments that go with each vertex's allocation (MATH §3): highest = revenue-side");
        line(sb, "  extreme, lowest = buyer-side extreme, unique = the two coincide. A vertex named \"second-price");
        line(sb, "  auction\" does not charge Vickrey payments, which generally lie between the two extremes (the");
        line(sb, "  second-price rows above use Vickrey payments).");
        line(sb, "%6s %14s %14s %14s %10s  %-8s  %s", "#", "revenue R", "surplus S", "welfare W", "W / W*", "payments",
                "auction");
        int shown = Math.min(v.size(), maxVertexRows);
        for (int i = 0; i < v.size(); i++) {
            boolean show = v.size() <= maxVertexRows || i < shown / 2 || i >= v.size() - (shown - shown / 2);
            if (!show) {
                if (i == shown / 2) {
                    line(sb, "%6s", "...");
                }
                continue;
            }
            FrontierPoint p = v.get(i);
            AuctionDescription auction = analysis.auctions().get(i);
            line(sb, "%6d %14s %14s %14s %10s  %-8s  %s", i, num(rv.amount(p.revenue())), num(rv.amount(p.surplus())),
                    num(rv.welfare(p.welfare())), ratio(rv.ratio(analysis.welfareRatio(p.revenue(), p.surplus()))),
                    payments(auction.paymentSide()), auction.text());
        }
        return sb.toString();
    }

    /**
     * {@code text} with control characters written as escapes ({@code \n}, {@code \t},
     * {@code \u0000}, bidirectional overrides such as {@code \u202e}), so that a name or source
     * from a file cannot break the table's lines, send terminal control sequences or reorder text.
     */
    public static String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || bidiControl(c)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Bidirectional-text controls, which reorder what a terminal shows (U+200E/F, U+202A-E, U+2066-9). */
    private static boolean bidiControl(char c) {
        return c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The table's one-word name of a payment side. */
    public static String payments(PaymentSide side) {
        return switch (side) {
            case REVENUE_SIDE -> "highest";
            case BUYER_SIDE -> "lowest";
            case BOTH_EXTREMES -> "unique";
            case INTERMEDIATE -> "between";
        };
    }

    /** An auction's text with its payment side, for the lines under the bargaining solutions. */
    private static String withPayments(AuctionDescription a) {
        return a.text() + " [" + payments(a.paymentSide()) + " payments]";
    }

    private static String label(String concept, int n) {
        switch (concept) {
            case "kalaiSmorodinsky":
                return "Kalai-Smorodinsky";
            case "nash":
                return "Nash (R S^" + n + ")";
            case "crossSideNash":
                return "cross-side Nash (R S)";
            default:
                return concept;
        }
    }

    private static void row(StringBuilder sb, FrontierAnalysis a, ReportedValues rv, String label, double r, double s) {
        line(sb, "%-28s %14s %14s %14s %10s", label, num(rv.amount(r)), num(rv.amount(s)), num(rv.welfare(r + s)),
                ratio(rv.ratio(a.welfareRatio(r, s))));
    }

    private static void spRow(StringBuilder sb, FrontierAnalysis a, ReportedValues rv, String label, SecondPriceOutcome o) {
        line(sb, "%-32s R %-12s S %-12s W/W* %-8s surplus gap %s", label, num(rv.amount(o.revenue())),
                num(rv.amount(o.surplus())), ratio(rv.ratio(a.welfareRatio(o.revenue(), o.surplus()))),
                num(rv.amount(a.surplusGaps().get(o.reserveIndex()))));
    }

    /** States a tie for the best or monopoly reserve and which reserve was reported. */
    private static void tieNote(StringBuilder sb, String which, List<SecondPriceOutcome> tied) {
        if (tied.size() < 2) {
            return;
        }
        StringBuilder list = new StringBuilder();
        int shown = Math.min(tied.size(), 4);
        for (int i = 0; i < shown; i++) {
            list.append(i == 0 ? "" : i + 1 == tied.size() ? " and " : ", ").append(num(tied.get(i).reserve()));
        }
        if (tied.size() > shown) {
            list.append(" and ").append(tied.size() - shown).append(" more");
        }
        line(sb, "  (%s reserve: r = %s tie (equal revenue up to rounding); the lowest is reported)", which, list);
    }

    private static String ratio(double r) {
        return Double.isFinite(r) ? String.format(Locale.ROOT, "%.4f", r) : "-";
    }

    /** Six significant digits, plain notation where it reads well. */
    public static String num(double x) {
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        if (a >= 1e-4 && a < 1e9) {
            String s = String.format(Locale.ROOT, "%.6g", x);
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
        return String.format(Locale.ROOT, "%.5e", x);
    }

    private static void line(StringBuilder sb, String format, Object... args) {
        sb.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
