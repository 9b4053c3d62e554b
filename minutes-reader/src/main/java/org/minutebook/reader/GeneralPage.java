package org.minutebook.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any other page — printed minutes, a PDF's text, a council's own web page, text flattened into one line — read as
 * blocks: the head (the heading, and the lists of who attended under their labels), then the items, each opened by
 * a minute number in the page's order ("21.44 ELECTION OF CHAIR", "C048/23 1. APOLOGIES", "(26)" over its title,
 * "LS/25", "1.0 Confirmation of Minutes", "5.1") or by a heading ("APOLOGIES" over "PLA146/14", "SUSPEND STANDING
 * ORDERS:", "Conflicts of interest" on a page without numbers). The numbers kept are the longest run that follows
 * on, so a page number, a count or a paragraph's number among the text opens no item.
 */
final class GeneralPage {

    /** Titled names a line that make a list of those present where its label was lost. */
    private static final int SEDERUNT = 3;

    /** "C048/23 1. Title", or the title set apart by a wide space: "MM21/03        Environmental Planning …". */
    private static final Pattern REF_TITLED = Pattern.compile("^(?<number>[A-Z]{1,4}\\d{1,4}/\\d{2})(?:\\s+\\d{1,3}\\.?\\s+"
            + "(?<title>\\S.*)|\\s{3,}(?<spaced>[A-Z].*))$");
    private static final Pattern REF_ALONE = Pattern.compile("^(?<number>[A-Z]{1,4}/?\\d{1,4}(?:/\\d{2})?)$");
    /**
     * A minute number printed with its label or its series: "Min. No. 12. Apologies", "Minute 12 Apologies", "Item
     * 5(a) Taxi Fares", "Agenda Item 7: Budget", "CAB/23/045 Declarations of Interest" (the body's letters, the year,
     * the minute), "23/101 To receive apologies" (a parish council's year and minute).
     */
    private static final Pattern LABELLED_TITLED = Pattern.compile("^(?:(?i:min(?:ute)?\\.?\\s*(?:no\\.?\\s*)?|(?:agenda\\s+)?"
            + "item\\s+(?:no\\.?\\s*)?)(?<number>\\d{1,4}(?:\\.\\d{1,2})?(?:[a-z]|\\([a-z]\\))?)|(?<series>(?:[A-Z]{1,6}/)?\\d{2,4}"
            + "/\\d{1,4}))[.:)]?\\s+(?:[–—-]\\s+)?(?<title>[A-Z“\"‘'(].*)$");
    private static final Pattern NUMBER_ALONE = Pattern.compile("^\\(?(?<number>\\d{1,4}(?:\\.\\d{1,2})?[a-z]?)[.):]?$");
    private static final Pattern NUMBER_TITLED = Pattern.compile("^\\(?(?<number>\\d{1,4}(?:\\.\\d{1,2})?[a-z]?|\\d{1,3}[A-Z](?=\\.))"
            + "(?:[.)]\\s*|\\s+)(?<title>(?:[A-Z“\"‘'(]|\\d{2,4}/\\d{2,6}/[A-Z]).*)$");
    private static final Pattern SENTENCE = Pattern.compile("\\b(?:were|was|is|are|had|has|have|declared|reported|"
            + "advised|informed|received|noted|agreed|resolved|confirmed|welcomed|thanked|stated|explained|will|would|"
            + "said|asked|presented|attended|gave|introduced|recorded|extended|made)\\b");
    private static final Pattern DECISION_MARK = Pattern.compile("^Decision:\\s*");
    /** "Agreed – to take no further action …": a numbered paragraph's decision, not a title. */
    private static final Pattern DECIDED = Pattern.compile("(?i)^(?:resolved|agreed|carried|noted)\\s+[–—-]\\s+\\S");
    /** Lines that head a page's parts without being items: its navigation, table headers, "PART I". */
    private static final Pattern NOT_A_HEADING = Pattern.compile("(?i)^(?:agenda items?|items?|documents|meeting "
            + "documents|agenda and (?:draft )?(?:minutes|decisions)|issue - meetings|no\\.? item|item no\\b.*|min no.*|"
            + "part (?:one|two|i|ii|1|2|a|b)\\b.*|(?:open |draft |confirmed |unconfirmed )?minutes"
            // the minutes' standing, printed under their heading: "Minutes (to be approved)", "Minutes – draft"
            + "(?:\\s*[(–-]\\s*(?:to be approved|subject to approval|draft|unconfirmed|unapproved|not yet approved)\\)?)?"
            + "|supporting documents:?|"
            + "(?:proposed|seconded|moved|carried|resolution|recommendation|and agreed)\\b.*|council|open minutes|"
            + "confirmed|transcript|advertisement|(?:substantive |amended |original |the )?motion:?|amendment:?|"
            + "officers?['’]? recommendation:?|(?:council|committee) decision:?|division:?)$|^\\d");
    private static final Pattern ATTENDANCE_ITEM = Pattern.compile("(?i)\\b(?:those present|present/apologies|"
            + "record of attendance|attendance)\\b");
    /** A reference that ends with its year: "AM319" is item 3 of 2019. */
    private static final Pattern YEAR_REF = Pattern.compile("^(?<letters>[A-Z]{1,4})(?<number>\\d{1,3})(?<year>\\d{2})$");
    /**
     * A sentence the page wrapped, not a heading: a line ending on a word no title ends with ("Father Jim McKeon
     * from the", "RESOLVED ON THE MOTION OF"), one that opens with a member's title ("COUNCILLOR HUTCHENCE"), or a
     * decision's outcome ("MOTION CARRIED", "VOTING RECORD").
     */
    private static final Pattern WRAPPED_SENTENCE = Pattern.compile("(?i)\\b(?:the|of|from|and|to|a|an|by|for|in|on|"
            + "with|that|at|as|or)$|^(?:councillors?|cllrs?\\.?|cr|mr|mrs|ms|dr)(?:\\s+[\\p{L}.’'-]+){0,3}$|"
            + "^(?:resolved|moved|seconded)\\b|^(?:motion )?(?:carried|lost|"
            + "defeated)\\b|\\bvoting record\\b|^that\\b");
    /** The number printed after the title: "Ngā whakapāha/Apologies (Item 1.0)". */
    private static final Pattern NUMBER_AFTER = Pattern.compile("^(?!Meeting:)(?<title>\\S.{2,150}?)\\s*\\((?:Item|Agenda [Ii]tem)\\s+"
            + "(?<number>\\d{1,4}(?:\\.\\d{1,2})?)\\)$");
    private static final Pattern ITEM_PAGE = Pattern.compile("^Meeting:.*\\(Item (?<number>\\d+[a-z]?)\\)$");
    /** An agenda's wording under its item's title: "To receive any apologies for absence.", "This item allows …". */
    private static final Pattern AGENDA_LINE = Pattern.compile("^(?:To [a-z]+|This item (?:allows|is))\\b");
    /** The words of a standing item's title. */
    private static final Pattern LOWER_CASE_TITLE = Pattern.compile("\\b(?:apologies|presentations?|declarations?|"
            + "confirmation|minutes|petitions?|questions?|correspondence|business|reports?|announcements?|"
            + "deputations?|notices? of motion|matters arising|general business|closure)\\b");
    /** A lettered part's title, a line of its own ending with its colon: "(b)To consider the possible relocation …:". */
    private static final Pattern LETTERED_PART = Pattern.compile("^\\((?<letter>[a-z])\\)\\s*(?<title>[A-Z][^.]{2,150}?)\\s*:$");
    private static final Pattern AMOUNT_AT_END = Pattern.compile("[£$€]\\s?\\d[\\d,]*(?:\\.\\d{2})?$");
    private static final int LONGEST_TITLE = 16;
    private static final int LARGEST_GAP = 10;
    private static final Pattern ONE_SENTENCE_MINUTE = Pattern.compile("^(?<number>\\d{1,3})\\.\\s+(?<sentence>[A-Z][^.]{5,200}?)\\.$");
    private static final Pattern SITE_CONTROL = Pattern.compile("(?i)^(?:show (?:more|less)|read more|skip to (?:main )?"
            + "content|back to top|print(?: this page)?|download(?: pdf)?|share(?: this)?|menu|search)$");
    private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("^(\\d{1,4})\\.\\d{1,2}\\s+\\S");

    private GeneralPage() {
    }

    /** Where an item opens: the line, its number and title as printed, and the lines the opening takes. */
    private record Start(int index, String number, String title, int lines) {

        /** The minute's own number: of a series ("CAB/23/045", "C048/23") its longest run of digits, not the year. */
        int major() {
            Matcher digits = Pattern.compile("\\d+").matcher(number);
            String longest = null;
            while (digits.find()) {
                longest = longest == null || number.contains("/") && digits.group().length() > longest.length()
                        ? digits.group() : longest;
            }
            return longest == null ? -1 : Integer.parseInt(longest);
        }

        /** The letter of a lettered minute ("5(a)", "8b"), or 0. */
        char letter() {
            Matcher m = Pattern.compile("^\\d+\\(?([a-z])\\)?$").matcher(number);
            return m.matches() ? m.group(1).charAt(0) : 0;
        }

        Integer minor() {
            Matcher m = Pattern.compile("^\\d+\\.(\\d+)").matcher(number);
            return m.find() ? Integer.parseInt(m.group(1)) : null;
        }
    }

    static boolean hasNumberedItems(List<Line> raw) {
        return !numbered(PageLines.tidy(raw)).isEmpty();
    }

    static PageLayout read(List<Line> raw) {
        List<Line> tidy = PageLines.tidy(raw);
        List<Line> lines = numbered(tidy).isEmpty() ? RunInHeadings.apart(tidy) : tidy;
        List<Start> numbered = numbered(lines);
        int limit = numbered.isEmpty() ? firstTitledAgenda(lines) : numbered.get(0).index();
        List<PageLayout.AttendanceList> lists = new ArrayList<>(head(lines.subList(0, limit), new ArrayList<>()));
        int headEnd = lists.stream().flatMap(list -> list.entries().stream()).mapToInt(Line::number).max()
                .orElse(headingSentenceEnd(lines.subList(0, limit)));
        List<Start> starts = starts(lines, numbered, headEnd);
        if (starts.isEmpty()) {
            // an item's own page ("Meeting: 16/01/2013 - Planning & Development Control Committee (Item 141)")
            for (int i = 0; i < lines.size(); i++) {
                Matcher itemPage = ITEM_PAGE.matcher(lines.get(i).text().strip());
                if (itemPage.matches()) {
                    starts = List.of(new Start(i + 1, itemPage.group("number"), null, 0));
                    break;
                }
            }
        }
        int minuteAt = firstParagraphAfter(lines, headEnd);
        if (starts.isEmpty() && minuteAt >= 0) {
            // minutes whose paragraphs are numbered and titled nowhere ("1.1 It was PROPOSED by …"): the
            // minute after the head is one item with no number or title, so its facts are read rather than lost
            starts = List.of(new Start(minuteAt, null, null, 0));
        }
        int firstItem = starts.isEmpty() ? lines.size() : starts.get(0).index();
        List<Line> heading = new ArrayList<>();
        lists = new ArrayList<>(head(lines.subList(0, firstItem), heading));
        List<ItemText> items = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            Start start = starts.get(s);
            int end = s + 1 < starts.size() ? starts.get(s + 1).index() : lines.size();
            List<Line> body = lines.subList(Math.min(start.index() + start.lines(), end), end);
            if (start.title() != null && ATTENDANCE_ITEM.matcher(start.title()).find()) {
                // "Record of those Present/Apologies": the item is the lists
                List<Line> rest = new ArrayList<>();
                lists.addAll(head(body, rest));
                body = rest;
            }
            items.add(item(start, body, lines.get(start.index()).number()));
        }
        return new PageLayout(heading, List.of(), lists, PageLayout.nonEmpty(items), List.of(), List.of());
    }

    /** The head of the page: lines of the heading, and the lists of who attended under their labels. */
    static List<PageLayout.AttendanceList> head(List<Line> lines, List<Line> heading) {
        List<PageLayout.AttendanceList> lists = new ArrayList<>();
        AttendanceLists.Kind kind = null;
        List<Line> entries = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            AttendanceLists.Kind label = ListLabels.labelOf(line.text());
            if (label != null && entries != null && ListLabels.titlesNames(line.text())) {
                // "Councillors – J Archibald, …" within the list it titles
                entries.add(new Line(line.number(), ListLabels.afterLabel(line.text())));
                continue;
            }
            if (label != null && entries != null && ListLabels.titlesBelow(line.text())) {
                // "Present:" then "Councillors:" over one name a line: a sub-label titling the names below it
                entries.add(line);
                continue;
            }
            if (label != null && followedByNames(lines, i)) {
                kind = label;
                entries = new ArrayList<>();
                lists.add(new PageLayout.AttendanceList(kind, entries));
                String rest = ListLabels.afterLabel(line.text());
                if (!rest.isBlank()) {
                    entries.add(new Line(line.number(), rest));
                }
                continue;
            }
            if (entries == null && lists.isEmpty() && underHeadingSentence(heading) && sederunt(lines, i)) {
                // "Minute of the meeting of … held in …" over members' names a line, the label lost in saving:
                // those present, as Scottish minutes list them
                kind = AttendanceLists.Kind.PRESENT;
                entries = new ArrayList<>(List.of(line));
                lists.add(new PageLayout.AttendanceList(kind, entries));
                continue;
            }
            if (ListLabels.endsWithPresentLabel(line.text())) {
                heading.add(line);
                kind = AttendanceLists.Kind.PRESENT;
                entries = new ArrayList<>();
                lists.add(new PageLayout.AttendanceList(kind, entries));
                continue;
            }
            if (entries != null && (AttendanceLists.isEntry(line.text()) || runsOn(entries))) {
                entries.add(line);
                continue;
            }
            entries = null;
            heading.add(line);
        }
        return lists;
    }

    /** An entry that a bracket or a comma leaves open runs on to the next line ("Cheryl Clark (Democratic"). */
    private static boolean runsOn(List<Line> entries) {
        if (entries.isEmpty()) {
            return false;
        }
        String last = entries.get(entries.size() - 1).text().strip();
        String all = String.join(" ", entries.stream().map(Line::text).toList());
        return last.endsWith(",") || all.chars().filter(c -> c == '(').count() > all.chars().filter(c -> c == ')')
                .count();
    }

    private static boolean underHeadingSentence(List<Line> heading) {
        List<Line> said = heading.stream().filter(line -> !line.blank()).toList();
        return !said.isEmpty() && Heading.isMinutesSentence(said.get(said.size() - 1).text());
    }

    /** At least three titled names a line from here, blank lines aside ("Mr P Corbett", "Mrs M Paterson", …). */
    private static boolean sederunt(List<Line> lines, int at) {
        int names = 0;
        for (int i = at; i < lines.size() && names < SEDERUNT; i++) {
            if (lines.get(i).blank()) {
                continue;
            }
            if (!ListNames.isTitledName(lines.get(i).text())) {
                return false;
            }
            names++;
        }
        return names == SEDERUNT;
    }

    private static boolean followedByNames(List<Line> lines, int at) {
        if (!ListLabels.afterLabel(lines.get(at).text()).isBlank()) {
            return true;
        }
        for (int i = at + 1; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                return AttendanceLists.isEntry(lines.get(i).text()) || ListLabels.labelOf(lines.get(i).text())
                        != null;
            }
        }
        return false;
    }

    /** The line number after the page's heading sentence ("Minutes of a meeting of … held …"), else 0. */
    private static int headingSentenceEnd(List<Line> lines) {
        for (Line line : lines) {
            if (Heading.isMinutesSentence(line.text())) {
                return line.number();
            }
        }
        return 0;
    }

    private static List<Start> starts(List<Line> lines, List<Start> numbered, int headEnd) {
        List<Start> starts = new ArrayList<>(numbered);
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            if (lines.get(i).number() <= headEnd || nextNonBlank(lines, i) >= lines.size()) {
                continue;
            }
            if (starts.stream().anyMatch(s -> index >= s.index() && index < s.index() + s.lines())) {
                continue;
            }
            String text = lines.get(i).text().strip();
            int end = i;
            while (mostlyCapitals(text) && end + 1 < lines.size() && !lines.get(end + 1).blank()
                    && mostlyCapitals(lines.get(end + 1).text()) && !text.matches(".*[.:]$")
                    && wrapsOn(text, lines.get(end + 1).text())
                    && numbered.stream().noneMatch(s -> s.index() == index + 1)
                    && NUMBER_ALONE.matcher(lines.get(end + 1).text().strip()).results().findAny().isEmpty()
                    && REF_ALONE.matcher(lines.get(end + 1).text().strip()).results().findAny().isEmpty()) {
                // a heading the page wraps over lines: "DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL FOR"
                end++;
                text = text + " " + lines.get(end).text().strip();
            }
            int last = end;
            int after = nextNonBlank(lines, end);
            boolean titlesTheMeeting = after < lines.size() && Dates.first(lines.get(after).text()) != null
                    && lines.get(after).text().split("\\s+").length <= 12;
            // one reference alone ("MM21/03" under "Mayoral Minute") does not make a page of numbered items
            boolean beforeTheFirstNumber = !numbered.isEmpty() && i < numbered.get(0).index()
                    && (numbered.size() >= 2 || !numbered.get(0).number().contains("/"));
            boolean heading = isHeading(text.length() > 200 ? "" : text, numbered.size() >= 2 || beforeTheFirstNumber,
                    end > i) && !furniture(lines, i) && !inHead(lines, i) && !titlesTheMeeting;
            if (heading || numbered.isEmpty() && end == i && (titlesAgenda(lines, i) || agendaAsTitle(lines, i)
                    || labelTitlesMinute(lines, i) || lowerCaseTitle(lines, i))) {
                Start next = numbered.stream().filter(s -> s.index() == nextNonBlank(lines, last)).findFirst()
                        .orElse(null);
                if (next != null && (next.title() == null || next.lines() > 1)
                        && REF_ALONE.matcher(lines.get(next.index()).text().strip()).matches()) {
                    starts.remove(next);
                    starts.add(new Start(i, next.number(), title(text), next.index() - i + 1));
                } else if (next == null) {
                    starts.add(new Start(i, null, title(text), last - i + 1));
                }
                i = last;
            }
        }
        starts.sort(Comparator.comparingInt(Start::index));
        return starts;
    }

    /**
     * A heading in capitals goes on over the next line of capitals only where it cannot end ("… THE PROTOCOL FOR")
     * or where what is left of it is a word ("AUDIO RECORDING OF COUNCIL" over "MEETING"): "NATIONAL ANTHEM" over
     * "OPENING PRAYER" are two headings.
     */
    private static boolean wrapsOn(String line, String next) {
        return WRAPPED_SENTENCE.matcher(line.strip()).find() || line.strip().matches(".*[(,&/–-]$")
                || next.strip().split("\\s+").length == 1 || line.strip().length() >= 40;
    }

    /** The longest run of numbered openings that follow on from each other. */
    private static List<Start> numbered(List<Line> lines) {
        List<Start> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Start start = numberedAt(lines, i);
            if (start != null) {
                candidates.add(start);
            }
        }
        Set<Integer> listed = dropListsOfSentences(lines, candidates);
        int present = firstPresentList(lines);
        boolean afterPresent = candidates.stream().noneMatch(start -> start.index() < present && start.title() != null
                && ATTENDANCE_ITEM.matcher(start.title()).find());
        if (afterPresent) {
            // items follow the list of those present, unless an item holds it: a number above it is a street's
            candidates.removeIf(start -> start.index() < present);
        }
        List<Start> known = withItsFellows(longestRun(candidates), candidates);
        List<Start> inferred = InferredNumbering.items(lines, i -> !listed.contains(i) && (!afterPresent || i >= present))
                .stream().map(n -> new Start(n.index(), n.number(), n.title(), n.lines())).toList();
        // the page's own numbering, where the known forms find fewer of its items
        List<Start> found = new ArrayList<>(inferred.size() > known.size() ? inferred : known);
        dropNumberedParagraphs(lines, found);
        return withMinutesOfOneSentence(lines, found, listed);
    }

    /** The longest run of openings that follow on from each other. */
    private static List<Start> longestRun(List<Start> candidates) {
        int n = candidates.size();
        int[] length = new int[n];
        int[] before = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            before[i] = -1;
            for (int j = 0; j < i; j++) {
                if (follows(candidates.get(j), candidates.get(i)) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    before[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        List<Start> run = new ArrayList<>();
        for (int i = best; i >= 0; i = before[i]) {
            run.add(0, candidates.get(i));
        }
        return run;
    }

    /**
     * A run of items titled in capitals ("1. APOLOGIES", "2. DEPUTATIONS", "3. CONFIRMATION OF MINUTES") takes in
     * the items numbered outside its order in the same form: one the agenda added with a letter ("1A. DECLARATION
     * OF INTEREST", printed where it was taken) and one whose number jumps, as a council's series does when the
     * items it prints are a part of its business ("50. RESOLUTION TO BE PASSED"), so long as the numbers still
     * rise. A numbered line in lower case or in sentences is no such item.
     */
    private static List<Start> withItsFellows(List<Start> run, List<Start> candidates) {
        if (run.size() < 3 || !run.stream().allMatch(start -> start.title() != null && start.lines() == 1
                && mostlyCapitals(start.title()))) {
            return run;
        }
        List<Start> joined = new ArrayList<>(run);
        for (Start candidate : candidates) {
            if (joined.contains(candidate) || candidate.index() < run.get(0).index() || candidate.title() == null
                    || candidate.lines() != 1 || !mostlyCapitals(candidate.title())) {
                continue;
            }
            Start before = null;
            Start after = null;
            for (Start start : joined) {
                if (start.index() < candidate.index()) {
                    before = start;
                } else if (after == null) {
                    after = start;
                }
            }
            boolean added = candidate.number().matches("\\d+[A-Z]");
            boolean rises = before != null && candidate.major() > before.major()
                    && (after == null || candidate.major() < after.major());
            if (added || rises) {
                joined.add(candidate);
                joined.sort(Comparator.comparingInt(Start::index));
            }
        }
        return joined;
    }

    /**
     * "1. Apologies: …", "2. Minutes of the meeting held on 14 January 2016 were approved.", "3. Finance Report:": a
     * minute told in one numbered sentence, in the gap its number leaves in the run, is that item, titled by its
     * sentence and minuted by it.
     */
    private static List<Start> withMinutesOfOneSentence(List<Line> lines, List<Start> run, Set<Integer> listed) {
        List<Start> filled = new ArrayList<>(run);
        for (int r = 0; r + 1 < run.size(); r++) {
            Start before = run.get(r);
            Start after = run.get(r + 1);
            if (before.minor() != null || after.minor() != null || after.major() != before.major() + 2) {
                continue;
            }
            for (int i = before.index() + before.lines(); i < after.index(); i++) {
                Matcher sentence = ONE_SENTENCE_MINUTE.matcher(lines.get(i).text().strip());
                if (!listed.contains(i) && sentence.matches()
                        && Integer.parseInt(sentence.group("number")) == before.major() + 1) {
                    filled.add(new Start(i, sentence.group("number"), title(sentence.group("sentence")), 0));
                    break;
                }
            }
        }
        filled.sort(Comparator.comparingInt(Start::index));
        return filled;
    }

    /**
     * Minutes whose paragraphs are numbered under their item's number ("50 Declarations of Interest", "50.1 None were
     * made.") number every paragraph so: where most such lines are sentences, a short one ("53.1 The AMg", a page cut
     * in its first words) is a paragraph too, not a part of the item titled by its first words.
     */
    private static void dropNumberedParagraphs(List<Line> lines, List<Start> candidates) {
        Set<Integer> majors = new HashSet<>();
        candidates.stream().filter(start -> start.minor() == null).forEach(start -> majors.add(start.major()));
        long paragraphs = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher sub = NUMBERED_PARAGRAPH.matcher(lines.get(i).text().strip());
            int index = i;
            if (sub.lookingAt() && majors.contains(Integer.parseInt(sub.group(1)))
                    && candidates.stream().noneMatch(start -> start.index() == index)) {
                paragraphs++;
            }
        }
        long parts = candidates.stream().filter(start -> start.minor() != null && majors.contains(start.major())).count();
        if (paragraphs >= 2 && paragraphs > parts) {
            candidates.removeIf(start -> start.minor() != null && majors.contains(start.major()));
        }
    }

    /**
     * "The Mayor has three options:" then "1. Make the decisions in private …", "2. Rearrange the meeting.": a
     * paragraph's numbered list of sentences, opened by its colon, is no run of items.
     */
    private static Set<Integer> dropListsOfSentences(List<Line> lines, List<Start> candidates) {
        Set<Integer> listed = new HashSet<>();
        for (Start start : candidates) {
            int before = start.index() - 1;
            while (before >= 0 && lines.get(before).blank()) {
                before--;
            }
            String title = start.title() == null ? "" : start.title();
            String line = lines.get(start.index()).text().strip();
            boolean sentence = line.endsWith(".") && !mostlyCapitals(title);
            String opening = before >= 0 ? lines.get(before).text().strip() : "";
            // "That Council:" then "1. Calls on the NSW G…": a motion's numbered parts
            boolean colon = opening.endsWith(":") && ListLabels.labelOf(opening) == null
                    && !mostlyCapitals(title) && (sentence || opening.split("\\s+").length <= 6
                    && opening.matches("(?i)^(?:that|resolved|agreed)\\b.*"));
            if (before >= 0 && (colon || sentence && listed.contains(before))) {
                listed.add(start.index());
            }
        }
        candidates.removeIf(start -> listed.contains(start.index()));
        return listed;
    }

    /**
     * The first line of a minute's sentence after the head (its lists, or its heading sentence), or -1: a line of
     * words that ends a sentence, not a label or a list's entry.
     */
    private static int firstParagraphAfter(List<Line> lines, int headEnd) {
        // a page headed otherwise than "Minutes of …" ("Inaugural Meeting of the … Community Council held in …"):
        // its head is at least its first line
        int after = headEnd > 0 ? headEnd : lines.stream().filter(line -> !line.blank()).mapToInt(Line::number)
                .findFirst().orElse(Integer.MAX_VALUE);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (lines.get(i).number() > after && text.split("\\s+").length >= 8 && SENTENCE.matcher(text).find()) {
                return i;
            }
        }
        return -1;
    }

    /** Where the page's list of members present opens, or -1. */
    private static int firstPresentList(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (ListLabels.labelOf(lines.get(i).text()) == AttendanceLists.Kind.PRESENT
                    && followedByNames(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean follows(Start previous, Start next) {
        if (next.index() < previous.index() + previous.lines()) {
            return false;
        }
        Matcher before = YEAR_REF.matcher(previous.number());
        Matcher after = YEAR_REF.matcher(next.number());
        if (before.matches() && after.matches() && before.group("letters").equals(after.group("letters"))
                && before.group("year").equals(after.group("year"))) {
            // "AM119", "AM219", "AM319": items 1, 2 and 3 of 2019
            int from = Integer.parseInt(before.group("number"));
            int to = Integer.parseInt(after.group("number"));
            return to > from && to <= from + LARGEST_GAP;
        }
        int p = previous.major();
        int m = next.major();
        if (m == p && next.letter() != 0) {
            // "5(a)" then "5(b)": the parts of one number, lettered in order
            return next.letter() == (previous.letter() == 0 ? 'a' : previous.letter() + 1);
        }
        if (m == p) {
            Integer a = previous.minor();
            Integer b = next.minor();
            return b != null && (a == null ? b <= 2 : b > a && b <= a + 3);
        }
        return m > p && m <= p + LARGEST_GAP && (next.minor() == null || next.minor() <= 1);
    }

    private static Start numberedAt(List<Line> lines, int i) {
        String text = lines.get(i).text().strip();
        if (Dates.DATE.matcher(text).lookingAt()) {
            // "30 May 2018 - 10:00 to 11:30" is a day, not item 30
            return null;
        }
        Matcher ref = REF_TITLED.matcher(text);
        if (ref.matches()) {
            return new Start(i, ref.group("number"), title(ref.group("title") != null ? ref.group("title")
                    : ref.group("spaced")), 1);
        }
        Matcher labelled = LABELLED_TITLED.matcher(text);
        if (labelled.matches() && isTitle(labelled.group("title"))) {
            return new Start(i, labelled.group("number") != null ? labelled.group("number") : labelled.group("series"),
                    title(labelled.group("title")), 1);
        }
        Matcher after = NUMBER_AFTER.matcher(text);
        if (after.matches() && isTitle(after.group("title"))) {
            return new Start(i, after.group("number"), title(after.group("title")), 1);
        }
        Matcher titled = NUMBER_TITLED.matcher(text);
        // "1 19 November, 2014 – Ordinary Meeting of Council – Minutes": a page's number over its running head
        if (titled.matches() && (isTitle(titled.group("title")) || labelAsTitle(titled.group("title")))
                && !Dates.DATE.matcher(titled.group("title").strip()).lookingAt()) {
            return new Start(i, titled.group("number"), title(titled.group("title")), 1);
        }
        Matcher alone = NUMBER_ALONE.matcher(text);
        Matcher refAlone = REF_ALONE.matcher(text);
        String number = alone.matches() ? alone.group("number") : refAlone.matches() ? refAlone.group("number") : null;
        if (number == null) {
            return null;
        }
        int next = nextNonBlank(lines, i);
        if (next < lines.size() && isTitle(lines.get(next).text().strip())
                && !MinutesMark.opens(lines.get(next).text().strip())) {
            return new Start(i, number, title(lines.get(next).text().strip()), next - i + 1);
        }
        return new Start(i, number, null, 1);
    }

    /**
     * A page of items neither numbered nor marked "Minutes:" (a CMIS page) prints each title over its agenda's wording:
     * "Public Participation" over "To allow a Member of the public to …", "Apologies for Absence" over "To receive
     * any apologies for absence." — an item's title, though it reads as a name or a list's label.
     */
    private static boolean titlesAgenda(List<Line> lines, int at) {
        String text = lines.get(at).text().strip();
        int next = nextNonBlank(lines, at);
        return next < lines.size() && AGENDA_LINE.matcher(lines.get(next).text().strip()).find()
                && !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && text.split("\\s+").length <= 10
                && !text.matches(".*[.,;:]$") && !isSentence(text) && !AGENDA_LINE.matcher(text).find();
    }

    /**
     * On such a page an agenda's wording is printed under its title; one printed under the minute before ("No
     * interests were declared." then "To confirm the minutes of the meeting held on 8 october 2015.") is the next
     * item's title.
     */
    private static boolean agendaAsTitle(List<Line> lines, int at) {
        String text = lines.get(at).text().strip();
        int before = at - 1;
        while (before >= 0 && lines.get(before).blank()) {
            before--;
        }
        return before >= 0 && text.matches("^To [a-z].*") && text.split("\\s+").length <= 30
                && firstTitledAgenda(lines) < before && !titlesAgenda(lines, before)
                && lines.get(before).text().strip().matches(".*[a-z)][.!]$") && isSentence(lines.get(before).text());
    }

    /**
     * "APOLOGIES / leave of absence" over "RESOLVED ON THE MOTION OF …": a list's label over a minute, not over the
     * names of a list, is the item's title.
     */
    private static boolean labelTitlesMinute(List<Line> lines, int at) {
        String text = lines.get(at).text().strip();
        int next = nextNonBlank(lines, at);
        return next < lines.size() && ListLabels.labelOf(text) != null && !text.contains(":")
                && text.split("\\s+").length <= 8 && Character.isUpperCase(text.charAt(0))
                && !AttendanceLists.isEntry(lines.get(next).text()) && !inHead(lines, at);
    }

    /**
     * A PDF whose small capitals were lost prints its titles in lower case ("presentations", "declarations of
     * interest", "confirmation of minutes"): a short line of an agenda's words alone, after a sentence ended.
     */
    private static boolean lowerCaseTitle(List<Line> lines, int at) {
        String text = lines.get(at).text().strip();
        int before = at - 1;
        while (before >= 0 && lines.get(before).blank()) {
            before--;
        }
        String previous = before >= 0 ? lines.get(before).text().strip() : "";
        return text.matches("^[a-z]+(?: [a-z]+){0,4}$") && LOWER_CASE_TITLE.matcher(text).find()
                && (previous.matches(".*[.!?:]$") || previous.matches("(?i)^(?:nil|none)$"));
    }

    /** Where the page's items begin when the first is a title over its agenda's wording; else its end. */
    private static int firstTitledAgenda(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (titlesAgenda(lines, i)) {
                return i;
            }
        }
        return lines.size();
    }

    /** A sentence of the minute, not a title: "Apologies were received from …". */
    static boolean isSentence(String text) {
        return SENTENCE.matcher(text).find();
    }

    static boolean isTitle(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.endsWith(",") || ListLabels.labelOf(t) != null && !t.matches("(?i)^(?:\\S+ \\S+/)?apolog.*")
                || DECIDED.matcher(t).find()) {
            return false;
        }
        int words = t.split("\\s+").length;
        if (words <= 40 && (t.matches("^To [a-z].*") || t.contains(" / ")) && !t.matches(".*[a-z]\\.$")) {
            // agenda wording ("To confirm that a Quorum …"), or a title in two languages
            return true;
        }
        boolean capitals = mostlyCapitals(t);
        return capitals ? words <= 40 : words <= LONGEST_TITLE && !SENTENCE.matcher(t).find()
                && !t.matches(".*[a-z]\\.$") || words <= 12 && !SENTENCE.matcher(t).find();
    }

    /**
     * "5. PUBLIC FORUM": a list's label in capitals alone on a numbered line titles the item, as its number says; the
     * label with names after it ("1. PRESENT: Cllr A Dean") is still the list.
     */
    private static boolean labelAsTitle(String title) {
        String t = title.strip();
        return mostlyCapitals(t) && !t.contains(":") && t.split("\\s+").length <= 4
                && ListLabels.labelOf(t) != null;
    }

    /** A heading line: capitals ("SUSPEND STANDING ORDERS:"), or on a page without numbers a short line of words. */
    private static boolean isHeading(String text, boolean pageIsNumbered, boolean wrapped) {
        if (text.isEmpty() || NUMBER_ALONE.matcher(text).matches() || ListNames.looksLikeName(text)
                || NOT_A_HEADING.matcher(text).find() || WRAPPED_SENTENCE.matcher(text).find()) {
            return false;
        }
        if (AMOUNT_AT_END.matcher(text).find()) {
            // a line of accounts ("Wheelbarrow    £59.94"), not an item's title
            return false;
        }
        String[] words = text.split("\\s+");
        if (mostlyCapitals(text) && words.length <= (wrapped ? 40 : 14)
                && text.replaceAll("[^A-Za-z]", "").length() >= 4 && !text.matches(".*\\d{4}.*")) {
            return true;
        }
        return !pageIsNumbered && words.length <= 8 && Character.isUpperCase(text.charAt(0))
                && !text.matches(".*[.,;]$") && !SENTENCE.matcher(text).find() && !text.contains(":")
                && ListLabels.labelOf(text) == null;
    }

    private static boolean mostlyCapitals(String text) {
        long upper = text.chars().filter(Character::isUpperCase).count();
        long letters = text.chars().filter(Character::isLetter).count();
        return letters >= 3 && upper * 10 >= letters * 8;
    }

    /** A line the page repeats as furniture ("CONFIRMED" atop each page of a PDF). */
    private static boolean furniture(List<Line> lines, int at) {
        String text = lines.get(at).text().strip();
        for (int i = 0; i < lines.size(); i++) {
            // repeated anywhere on the page: a running head ("… CONSERVATORS MEETING OF THE BOARD" thrice atop a
            // document site's page), never an item's title
            if (i != at && (i < 6 || lines.get(i).number() != lines.get(at).number())
                    && lines.get(i).text().strip().equals(text)) {
                return true;
            }
        }
        return siteControl(lines, at);
    }

    /**
     * "SHOW MORE" over "SHOW LESS": a site's controls above a document's text are two headings with nothing between
     * them, before the page's first numbered item — no item's title.
     */
    private static boolean siteControl(List<Line> lines, int at) {
        int next = nextNonBlank(lines, at);
        return next < lines.size() && SITE_CONTROL.matcher(lines.get(at).text().strip()).matches();
    }

    /** Within the lists at the head of the page, before any numbered item. */
    private static boolean inHead(List<Line> lines, int at) {
        for (int i = at; i >= 0; i--) {
            String text = lines.get(i).text().strip();
            if (ListLabels.labelOf(text) != null) {
                return !text.isEmpty() && i != at && allEntries(lines, i + 1, at);
            }
        }
        return false;
    }

    private static boolean allEntries(List<Line> lines, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!AttendanceLists.isEntry(lines.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    private static int nextNonBlank(List<Line> lines, int at) {
        int i = at + 1;
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
        return i;
    }

    static String title(String text) {
        return text.strip().replaceAll("\\s*[:.]$", "").replaceAll("^Agenda Item \\d+[:.]?\\s*", "");
    }

    private static ItemText item(Start start, List<Line> body, int line) {
        List<Integer> parts = letteredParts(body);
        ItemText item = item(start.number(), start.title(), parts.isEmpty() ? body : body.subList(0, parts.get(0)),
                line);
        for (int p = 0; p < parts.size(); p++) {
            int at = parts.get(p);
            Matcher part = LETTERED_PART.matcher(body.get(at).text().strip());
            part.matches();
            int end = p + 1 < parts.size() ? parts.get(p + 1) : body.size();
            item.parts.add(item(part.group("letter"), part.group("title"), body.subList(at + 1, end),
                    body.get(at).number()));
        }
        return item;
    }

    /**
     * Where an item's lettered parts begin: titles of their own line, "(a)Speeding problems in Pontarddulais (Min No
     * 52):", "(b)To consider …:", lettered from (a) in order. A lettered list of sentences is no parts.
     */
    private static List<Integer> letteredParts(List<Line> body) {
        List<Integer> parts = new ArrayList<>();
        char next = 'a';
        for (int i = 0; i < body.size(); i++) {
            Matcher part = LETTERED_PART.matcher(body.get(i).text().strip());
            if (part.matches() && part.group("letter").charAt(0) == next) {
                parts.add(i);
                next++;
            }
        }
        return parts.size() >= 2 ? parts : List.of();
    }

    /** An item: its number and title as printed (or null), then its agenda text up to a "Minutes:" mark, the minute. */
    static ItemText item(String number, String title, List<Line> body, int line) {
        ItemText item = new ItemText(line);
        item.number = number;
        if (title != null) {
            item.title = Documents.takeFrom(title, item.documents);
        }
        int mark = -1;
        for (int i = 0; i < body.size(); i++) {
            String text = body.get(i).text().strip();
            if (MinutesMark.opens(text) || DECISION_MARK.matcher(text).find()) {
                mark = i;
                break;
            }
        }
        List<Line> minute = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Line l = body.get(i);
            String text = l.text().strip();
            if (i < mark) {
                String rest = Documents.takeFrom(text, item.documents);
                if (!rest.isEmpty()) {
                    item.agenda.add(new Paragraph(l.number(), rest));
                }
            } else if (i == mark) {
                // "Decision:" both opens the minute and says what follows was decided: the word stays to be read
                String rest = MinutesMark.opens(text) ? MinutesMark.after(text) : text;
                minute.add(new Line(l.number(), rest));
            } else {
                minute.add(new Line(l.number(), Documents.marks(text) ? Documents.takeFrom(text, item.documents)
                        : l.text()));
            }
        }
        item.minute.addAll(Reflow.paragraphs(minute, Reflow.width(minute)));
        return item;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
