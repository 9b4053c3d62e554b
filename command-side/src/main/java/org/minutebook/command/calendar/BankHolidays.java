package org.minutebook.command.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A division's bank holidays as GOV.UK publishes them, read from a documented table (resource
 * {@code calendar/<division>.txt}: the years it covers, then one date a line) rather than computed: the Crown
 * proclaims one-off days (a jubilee, a funeral, a coronation) that no rule foresees.
 *
 * @param firstYear the first year the table lists
 * @param lastYear  the last year the table lists
 * @param days      the bank holidays
 */
record BankHolidays(int firstYear, int lastYear, Set<LocalDate> days) {

    /** England and Wales: the default of every council. */
    static final String ENGLAND_AND_WALES = "england-and-wales";

    BankHolidays {
        days = Set.copyOf(days);
    }

    static BankHolidays of(String division) {
        try (InputStream table = BankHolidays.class.getResourceAsStream("/calendar/" + division + ".txt")) {
            if (table == null) {
                throw new IllegalArgumentException("No table of bank holidays for " + division);
            }
            Set<LocalDate> days = new TreeSet<>();
            int first = 0;
            int last = 0;
            BufferedReader lines = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("# years: ")) {
                    String[] years = line.substring("# years: ".length()).split("-");
                    first = Integer.parseInt(years[0].trim());
                    last = Integer.parseInt(years[1].trim());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    days.add(LocalDate.parse(line.substring(0, 10)));
                }
            }
            return new BankHolidays(first, last, days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean covers(LocalDate day) {
        return day.getYear() >= firstYear && day.getYear() <= lastYear;
    }
}
