package org.minutebook.query.pages;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.minutebook.access.Characters;
import org.minutebook.events.published.OutsideMeeting;
import org.minutebook.query.decisions.DecisionRow;
import org.minutebook.query.record.Where;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * The decision register as an Atom feed (RFC 4287, written by ROME): one entry a decision, newest meetings first,
 * titled by its item and outcome, with its words and a link to the meeting's minutes. The decisions come as the
 * register answers the caller, so the public feed holds no decision on exempt business. An entry is dated by its
 * meeting's day (the day the decision was taken), or by the feed's time when the minutes do not state the day.
 * Each entry's id is the decision's own ({@link DecisionRow#decisionId()}), its author the committee;
 * the feed names a stylesheet ({@code /feeds/atom.xsl}) so a browser shows it as a page.
 * Every text is printed as {@link Characters#printable}: a character XML cannot carry, stored before the door
 * refused it, would make the whole feed fail.
 */
final class DecisionsFeed {

    static final String STYLESHEET = "<?xml-stylesheet type=\"text/xsl\" href=\"/feeds/atom.xsl\"?>";

    private DecisionsFeed() {
    }

    static String of(String title, List<DecisionRow> decisions, PageLinks links, Wording wording, Instant now) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(Characters.printable(title));
        feed.setUri(links.decisions());
        feed.setLink(links.decisions());
        feed.setLinks(List.of(link("self", links.decisions() + ".atom"), link("alternate", links.decisions())));
        feed.setAuthor(Characters.printable(title));
        List<SyndEntry> entries = decisions.stream().map(decision -> entry(decision, links, wording, now)).toList();
        feed.setEntries(entries);
        feed.setPublishedDate(entries.stream().map(SyndEntry::getUpdatedDate).max(Comparator.naturalOrder())
                .orElse(Date.from(now)));
        try {
            // a browser opening the feed shows it as a page through the stylesheet; a feed reader ignores it
            return new SyndFeedOutput().outputString(feed).replaceFirst("\\?>", "?>\n" + STYLESHEET);
        } catch (FeedException e) {
            throw new IllegalStateException("The decisions feed could not be written", e);
        }
    }

    private static SyndEntry entry(DecisionRow decision, PageLinks links, Wording wording, Instant now) {
        if (decision.outsideMeeting() != null) {
            return outside(decision, links, wording);
        }
        SyndEntry entry = new SyndEntryImpl();
        Where where = decision.where();
        String minutes = links.minutes(where.meetingId());
        String itemLabel = wording.item(where.itemNumber(), where.itemTitle());
        entry.setTitle(Characters.printable(wording.outcome(decision.outcome())
                + (itemLabel.isEmpty() ? "" : ": " + itemLabel) + " — " + where.meetingTitle() + ", "
                + wording.day(where.meetingDate())));
        entry.setLink(Characters.printable(where.itemId() == null ? minutes : minutes + "#" + where.itemId()));
        // an entry's id is the decision's own: permanent whatever comes before it in the minutes, wherever the site
        // moves, and the same read from a committee's register as stored (which keeps no storage key)
        entry.setUri("urn:minutebook:decision:" + decision.decisionId());
        entry.setAuthor(Characters.printable(where.meetingTitle() != null ? where.meetingTitle()
                : where.committeeId()));
        Date day = where.meetingDate() == null ? Date.from(now)
                : Date.from(where.meetingDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        entry.setUpdatedDate(day);
        entry.setPublishedDate(day);
        if (decision.text() != null) {
            SyndContent words = new SyndContentImpl();
            words.setType("text");
            words.setValue(Characters.printable(decision.text()));
            entry.setDescription(words);
        }
        return entry;
    }

    /**
     * A decision taken outside a meeting: titled by what it decided and who took it, linked to its record, its
     * author the maker, dated by the day it was taken.
     */
    private static SyndEntry outside(DecisionRow decision, PageLinks links, Wording wording) {
        OutsideMeeting outside = decision.outsideMeeting();
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(Characters.printable(wording.outcome(decision.outcome()) + ": " + outside.title() + " — "
                + wording.takenBy(outside.taken()) + ", " + wording.day(outside.taken().takenOn())));
        entry.setLink(Characters.printable(links.executiveDecision(outside.decisionId())));
        entry.setUri("urn:minutebook:decision:" + decision.decisionId());
        entry.setAuthor(Characters.printable(wording.takenBy(outside.taken())));
        Date day = Date.from(outside.taken().takenOn().atStartOfDay(ZoneOffset.UTC).toInstant());
        entry.setUpdatedDate(day);
        entry.setPublishedDate(day);
        SyndContent words = new SyndContentImpl();
        words.setType("text");
        words.setValue(Characters.printable(decision.text()));
        entry.setDescription(words);
        return entry;
    }

    private static SyndLink link(String rel, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }
}
