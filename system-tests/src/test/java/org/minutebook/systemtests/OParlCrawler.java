package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import org.minutebook.query.oparl.OParlSchemas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks an OParl API as a crawler does: from {@code system}, every URL an answer holds is followed once (list pages
 * by their {@code next} links). Each OParl answer is checked against OParl 1.1's schemas; a link to one of the
 * site's own pages or documents is read too (when {@code alsoRead} says so), and must answer; links elsewhere are
 * only counted. Every OParl object seen, embedded ones too, is kept by its id.
 */
final class OParlCrawler {

    private static final String TYPES = "https://schema.oparl.org/1.1/";
    /** More than any test's system holds; past it, the walk is taken to be going round in circles. */
    private static final int MOST_READS = 20_000;

    private final OParlSchemas schemas = new OParlSchemas();
    private final String site;
    private final Predicate<String> alsoRead;

    /** What a walk found. */
    record Crawl(Map<String, JsonNode> objects, Map<String, String> answers, List<String> invalid,
                 List<String> broken, Set<String> elsewhere) {

        /** The objects of a kind ("Meeting"), by id. */
        Map<String, JsonNode> of(String kind) {
            Map<String, JsonNode> found = new LinkedHashMap<>();
            objects.forEach((id, object) -> {
                if ((TYPES + kind).equals(object.path("type").asText())) {
                    found.put(id, object);
                }
            });
            return found;
        }
    }

    /**
     * @param site     the query side, whose URLs are followed
     * @param alsoRead which of the site's URLs outside the OParl API to read (its pages and printable minutes)
     */
    OParlCrawler(String site, Predicate<String> alsoRead) {
        this.site = site;
        this.alsoRead = alsoRead;
    }

    Crawl crawl(String start) throws Exception {
        String api = site + "/oparl/v1/";
        Crawl crawl = new Crawl(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(),
                new HashSet<>());
        Deque<String> toRead = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(toRead);
        while (!toRead.isEmpty()) {
            if (crawl.answers().size() > MOST_READS) {
                throw new AssertionError("The walk read over " + MOST_READS + " URLs");
            }
            String url = toRead.poll();
            Http.Response answer = Http.get(url);
            if (answer.status() != 200) {
                crawl.broken().add(url + " answered " + answer.status() + ": " + answer.raw().body());
                continue;
            }
            crawl.answers().put(url, answer.raw().body());
            if (!url.startsWith(api)) {
                continue;
            }
            JsonNode json = answer.json();
            boolean list = json.has("data") && json.has("links");
            (list ? schemas.errorsOfList(json) : schemas.errorsOf(json))
                    .forEach(error -> crawl.invalid().add(url + " " + error));
            keep(json, crawl.objects());
            for (String link : schemas.linksOf(json)) {
                String page = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                if (!page.startsWith(site + "/")) {
                    crawl.elsewhere().add(page);
                } else if ((page.startsWith(api) || alsoRead.test(page)) && seen.add(page)) {
                    toRead.add(page);
                }
            }
        }
        return crawl;
    }

    /** Every OParl object in an answer, embedded ones too; a tombstone never hides the object itself. */
    private static void keep(JsonNode node, Map<String, JsonNode> objects) {
        if (node.isObject() && node.path("type").asText().startsWith(TYPES) && node.has("id")) {
            JsonNode kept = objects.get(node.get("id").asText());
            if (kept == null || kept.path("deleted").asBoolean()) {
                objects.put(node.get("id").asText(), node);
            }
        }
        node.forEach(child -> keep(child, objects));
    }
}
