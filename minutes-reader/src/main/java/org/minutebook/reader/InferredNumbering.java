package org.minutebook.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's own minute numbering, inferred from the page rather than looked up among known forms: the tokens that
 * open lines and share one shape (letters, digits and separators in the same pattern: "12.", "Min. 12", "C048/23",
 * "PL/23/12", "Cou/285/07-08", "2020-05_1", "M123", "CAB 45(b)", "(12)", "XII.") and whose one varying number runs
 * in sequence (gaps allowed, the other numbers, a year or a body's series, the same) are the page's item numbers;
 * the words after the token are the title. Lettered or decimal sub-items under a number ("12(a)", "12.1") belong to
 * the run. A day, a time, money or a telephone number is no token, and a sentence after a number (a resolution's
 * "1. That …") is no title, so a decision's numbered parts stay parts of it.
 */
final class InferredNumbering {

    /** An item found: its line, the number as printed (its label aside), its title, the lines the opening takes. */
    record Numbered(int index, String number, String title, int lines) {
    }

    /** A candidate: the token's shape, its numbers, and its sub-item's place (a = .1 = 1; 0 for none). */
    private record Token(int index, String number, String title, int lines, String shape, List<Integer> numbers,
            int sub, boolean titled) {
    }

    /** Words a minute number may be printed after: "Min. No. 12", "Minute 12", "Item 5". */
    private static final String LABEL = "(?:(?i:agenda\\s+item|item|min(?:ute)?s?\\.?|no\\.?)\\s*){0,2}";
    /** Such a token inside flattened text, at a word's start, before words that open in capitals. */
    static final String NUMBERING = "\\(?(?:[A-Z]{1,6} |[A-Z][A-Za-z]{0,5}/?)?\\d[\\dA-Za-z/._()-]*?|\\(?[IVXLC]{1,7}[.)]";
    private static final Pattern TOKEN = Pattern.compile("^" + LABEL + "(?<token>" + NUMBERING + ")(?<end>[.:)]?)"
            + "(?:\\s+[–—-])?(?:\\s+(?<title>\\S.*))?$");
    private static final Pattern TOKEN_WITHIN = Pattern.compile("(?<=^|\\s)(?<token>" + NUMBERING + ")(?<end>[.:)]?)"
            + "\\s+(?:[–—-]\\s+)?(?=[A-Z“\"‘'(])");
    /** A title in capitals: "DECLARATIONS OF INTEREST", up to the words in lower case or the decision after it. */
    private static final Pattern CAPITALS_RUN = Pattern.compile("(?:(?!RESOLVED\\b|AGREED\\b)[A-Z’'&,()/-]{2,}\\s*)+");
    private static final Pattern ROMAN = Pattern.compile("^\\(?([IVXLC]{1,7})[.)]$");
    /** The sub-item after a number: "(a)", "a", ".1". */
    private static final Pattern SUB = Pattern.compile("^(?<main>.*\\d)(?:\\((?<paren>[a-z])\\)|(?<letter>[a-z])|\\.(?<digit>\\d{1,2}))$");
    /** A time of day on the 24-hour clock ("19:30", "7.30 hrs"); one with am or pm is {@link Dates#TIME}'s. */
    private static final Pattern TIME_24 = Pattern.compile("(?i)^\\d{1,2}[.:]\\d{2}\\s*(?:hrs?|hours|noon)\\b|^\\d{1,2}:\\d{2}\\b");
    private static final Pattern PHONE = Pattern.compile("^0\\d{3,}");
    private static final Pattern CAPITALS_OR_TITLE_CASE = Pattern.compile("^(?:[A-Z][\\p{L}'’&-]*|of|and|the|for|to|in|on|a|an|"
            + "[&/–-]|\\(?\\p{Lu}[\\p{L}'’)-]*|\\d[\\d/.]*)(?:\\s+(?:[A-Z][\\p{L}'’&-]*|of|and|the|for|to|in|on|a|an|at|by|"
            + "with|from|[&/–-]|\\(?\\p{Lu}[\\p{L}'’),:-]*|\\d[\\d/.,]*))*[:.]?$");
    private static final int LARGEST_GAP = 10;
    private static final int FEWEST = 3;

    private InferredNumbering() {
    }

    /**
     * The page's item numbers: the longest run of one shape, at least three (two when both are titled in capitals or
     * Title Case), among the lines {@code allowed} admits; none when the page has no such run.
     */
    static List<Numbered> items(List<Line> lines, IntPredicate allowed) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (allowed.test(i)) {
                tokens.addAll(tokenAt(lines, i));
            }
        }
        return run(tokens).stream().map(t -> new Numbered(t.index(), t.number(), t.title(), t.lines())).toList();
    }

    /**
     * Where text flattened into one line opens its items: tokens that open a sentence, or are followed by a title in
     * capitals ("… Cllr D Hart 1358 DECLARATIONS OF INTEREST … 1359 MINUTES OF THE LAST MEETING RESOLVED …"), of one
     * shape and in sequence, as on a page of lines; the title is the capitals after the token, or the words up to the
     * first sentence break.
     */
    static List<Integer> cutsInRunOn(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN_WITHIN.matcher(text);
        // each word's start is tried: "NONE 1358" (a series' letters?) and "1358" are both candidates
        for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
            String rest = text.substring(m.end());
            Matcher capitals = CAPITALS_RUN.matcher(rest);
            String before = text.substring(0, m.start()).strip();
            boolean opensSentence = before.isEmpty() || before.matches("(?s).*[.!?:;)]$");
            if (!capitals.lookingAt() && !opensSentence || excluded(text.substring(m.start()))) {
                continue;
            }
            String title = capitals.lookingAt() ? capitals.group().strip() : rest.split("(?<=[a-z)]{2}[.!?])\\s", 2)[0];
            tokens.addAll(read(m.start(), m.group("token"), m.group("end"), title, 1));
        }
        return run(tokens).stream().map(Token::index).toList();
    }

    /** The longest run of one shape in sequence, with its sub-items; none when fewer than the page's rule asks. */
    private static List<Token> run(List<Token> tokens) {
        List<Token> best = List.of();
        for (String shape : tokens.stream().filter(t -> t.sub() == 0).map(Token::shape).distinct().toList()) {
            List<Token> same = tokens.stream().filter(t -> t.sub() == 0 && t.shape().equals(shape)).toList();
            int positions = same.get(0).numbers().size();
            for (int p = 0; p < positions; p++) {
                List<Token> run = withSubItems(longestRun(same, p), tokens);
                if (better(run, best)) {
                    best = run;
                }
            }
        }
        long mains = best.stream().filter(t -> t.sub() == 0).count();
        boolean enough = mains >= FEWEST || mains == 2 && best.stream().allMatch(Token::titled);
        return enough ? best : List.of();
    }

    private static boolean better(List<Token> run, List<Token> best) {
        if (run.size() != best.size()) {
            return run.size() > best.size();
        }
        return run.stream().filter(Token::titled).count() > best.stream().filter(Token::titled).count();
    }

    /** The longest run in line order whose number at {@code p} rises by one to the gap and whose others stay. */
    private static List<Token> longestRun(List<Token> same, int p) {
        int n = same.size();
        int[] length = new int[n];
        int[] before = new int[n];
        int best = 0;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            before[i] = -1;
            for (int j = 0; j < i; j++) {
                if (follows(same.get(j), same.get(i), p) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    before[i] = j;
                }
            }
            if (length[i] > length[best]) {
                best = i;
            }
        }
        List<Token> run = new ArrayList<>();
        for (int i = n == 0 ? -1 : best; i >= 0; i = before[i]) {
            run.add(0, same.get(i));
        }
        return run;
    }

    private static boolean follows(Token previous, Token next, int p) {
        if (next.index() < previous.index() + previous.lines()) {
            return false;
        }
        for (int q = 0; q < previous.numbers().size(); q++) {
            int a = previous.numbers().get(q);
            int b = next.numbers().get(q);
            if (q == p ? b <= a || b > a + LARGEST_GAP : a != b) {
                return false;
            }
        }
        return true;
    }

    /** The run with each number's sub-items, lettered or numbered from a (or 1) in order, between it and the next. */
    private static List<Token> withSubItems(List<Token> run, List<Token> tokens) {
        List<Token> all = new ArrayList<>(run);
        for (int r = 0; r < run.size(); r++) {
            Token main = run.get(r);
            int end = r + 1 < run.size() ? run.get(r + 1).index() : Integer.MAX_VALUE;
            int expected = 1;
            for (Token t : tokens) {
                if (t.sub() == expected && t.index() > main.index() && t.index() < end
                        && main.shape().startsWith(t.shape()) && main.shape().length() <= t.shape().length() + 1
                        && t.numbers().equals(main.numbers())) {
                    all.add(t);
                    expected++;
                }
            }
        }
        all.sort(Comparator.comparingInt(Token::index));
        return all;
    }

    private static boolean excluded(String from) {
        return Dates.DATE.matcher(from).lookingAt() || Dates.TIME.matcher(from).lookingAt()
                || TIME_24.matcher(from).find() || PHONE.matcher(from).find();
    }

    private static List<Token> tokenAt(List<Line> lines, int i) {
        String text = lines.get(i).text().strip();
        Matcher m = TOKEN.matcher(text);
        if (text.isEmpty() || excluded(text) || !m.matches()) {
            return List.of();
        }
        String title = m.group("title");
        int taken = 1;
        if (title == null) {
            // the number alone on its line, its title on the next
            int next = i + 1;
            while (next < lines.size() && lines.get(next).blank()) {
                next++;
            }
            if (next >= lines.size()) {
                return List.of();
            }
            title = lines.get(next).text().strip();
            taken = next - i + 1;
            int above = i - 1;
            while (above >= 0 && lines.get(above).blank()) {
                above--;
            }
            boolean numberBelow = TOKEN.matcher(title).matches();
            if (above >= 0 && i - above <= 2 && (numberBelow || !opensTitle(title) || GeneralPage.isSentence(title)
                    || proseUnderCapitals(lines.get(above).text().strip(), title))) {
                // "CHAIRMAN’S WELCOME" over "18/099" over the minute: the number printed under its title, whose
                // agenda number ("ITEM 1 MINUTES") is no part of it
                String over = lines.get(above).text().strip();
                Matcher agenda = TOKEN.matcher(over);
                return read(above, m.group("token"), m.group("end"), agenda.matches() && agenda.group("title") != null
                        ? agenda.group("title") : over, i - above + 1);
            }
            if (numberBelow) {
                return List.of();
            }
        }
        return read(i, m.group("token"), m.group("end"), title, taken);
    }

    /** A token read: as a number in a run, and as a sub-item ("12(a)", "12.1") of the number before its part. */
    private static List<Token> read(int index, String token, String end, String title, int taken) {
        if (!opensTitle(title) || Dates.DATE.matcher(title).lookingAt()) {
            return List.of();
        }
        String number = number(token + end);
        String clean = GeneralPage.title(title);
        boolean titled = CAPITALS_OR_TITLE_CASE.matcher(clean).matches();
        Matcher roman = ROMAN.matcher(token);
        if (roman.matches()) {
            return List.of(new Token(index, number, clean, taken, "R" + end, List.of(fromRoman(roman.group(1))), 0,
                    titled));
        }
        List<Integer> numbers = numbers(number);
        if (numbers.isEmpty() || numbers.stream().anyMatch(n -> n > 99_999)) {
            return List.of();
        }
        List<Token> read = new ArrayList<>(List.of(new Token(index, number, clean, taken,
                (token + end).replaceAll("\\d+", "#"), numbers, 0, titled)));
        Matcher s = SUB.matcher(number);
        if (s.matches() && !number.contains("/") && !number.contains("-")) {
            // "12(a)", "12b", "12.1": also a sub-item of 12, should the page's items be numbered 12, 13, …
            String letter = s.group("paren") != null ? s.group("paren") : s.group("letter");
            int sub = letter != null ? letter.charAt(0) - 'a' + 1 : Integer.parseInt(s.group("digit"));
            read.add(new Token(index, number, clean, taken, s.group("main").replaceAll("\\d+", "#"),
                    numbers(s.group("main")), sub, titled));
        }
        return read;
    }

    /** The number as printed without its marks: "(12)" is 12, "12." is 12, "42(a)" keeps its letter's brackets. */
    private static String number(String printed) {
        String number = printed.replaceAll("[.:]$", "");
        if (number.startsWith("(")) {
            number = number.substring(1).replaceAll("\\)$", "");
        }
        return number.chars().filter(c -> c == ')').count() > number.chars().filter(c -> c == '(').count()
                ? number.substring(0, number.length() - 1) : number;
    }

    private static List<Integer> numbers(String number) {
        List<Integer> numbers = new ArrayList<>();
        Matcher digits = Pattern.compile("\\d+").matcher(number);
        while (digits.find()) {
            numbers.add(digits.group().length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits.group()));
        }
        return numbers;
    }

    /** A title in capitals over the number, a line of prose under it: "ITEM 1 MINUTES" / "18/100" / "The Chairman …". */
    private static boolean proseUnderCapitals(String over, String under) {
        return !over.matches(".*\\p{Ll}.*") && over.matches(".*\\p{Lu}{2,}.*") && under.matches(".*\\p{Ll}.*")
                && under.split("\\s+").length >= 6;
    }

    /** A title: words opening in capitals, not a sentence of the minute ("1. That the budget be approved."). */
    private static boolean opensTitle(String title) {
        String t = title.strip();
        return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || "“\"‘'(".indexOf(t.charAt(0)) >= 0)
                && GeneralPage.isTitle(t) && !t.matches("(?i)^that\\b.*");
    }

    private static int fromRoman(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int value = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 100;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}
