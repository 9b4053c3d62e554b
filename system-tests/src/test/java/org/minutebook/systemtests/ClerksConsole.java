package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clerk's console as a clerk uses it, in a real browser: signing in, choosing the committee and meeting, and
 * recording a fact by opening its form, typing each field as the clerk would and sending it from the keyboard.
 * It knows the console only by what the clerk sees and the names its controls carry (a field's path in the body).
 */
final class ClerksConsole {

    private static final Pattern ITEM_PATH = Pattern.compile("^/api/meetings/[^/]+/items/([^/]+)/(.+)$");
    /** A question's or an action's later facts: recorded from an item's part, the question or action chosen there. */
    private static final Pattern FOLLOW_UP_PATH = Pattern.compile("^/api/meetings/[^/]+/(questions|actions)/([^/]+)/(.+)$");
    private static final Pattern MEETING_PATH = Pattern.compile("^/api/meetings/[^/]+/(.+)$");
    private static final Pattern COMMITTEE_PATH = Pattern.compile("^/api/committees/[^/]+/(.+)$");

    private final WebDriver driver;
    private final WebDriverWait wait;

    ClerksConsole(Browser browser) {
        this.driver = browser.driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    /** Opens the console, signing in unless this browser tab already has. */
    void open(String querySide, Users.User clerk) {
        driver.get(querySide + "/console");
        wait.until(driver -> driver.findElement(By.id("sign-in")).isDisplayed()
                || driver.findElement(By.id("committee")).isDisplayed());
        if (driver.findElement(By.id("committee")).isDisplayed()) {
            return;
        }
        WebElement name = driver.findElement(By.id("sign-in-user"));
        name.sendKeys(clerk.name());
        driver.findElement(By.id("sign-in-password")).sendKeys(clerk.password(), Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("committee")));
    }

    void chooseCommittee(String committeeId) {
        wait.until(driver -> new Select(driver.findElement(By.id("committee"))).getOptions().stream()
                .anyMatch(option -> committeeId.equals(option.getAttribute("value"))));
        new Select(driver.findElement(By.id("committee"))).selectByValue(committeeId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#committee-forms details")));
    }

    void chooseMeeting(String meetingId) {
        wait.until(driver -> new Select(driver.findElement(By.id("meeting"))).getOptions().stream()
                .anyMatch(option -> meetingId.equals(option.getAttribute("value"))));
        new Select(driver.findElement(By.id("meeting"))).selectByValue(meetingId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workspace")));
    }

    void chooseItem(String itemId) {
        By item = By.cssSelector("#items [data-item='" + itemId + "']");
        // the list is drawn afresh whenever the record is read again: a key sent to a button just replaced is lost
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class)
                .until(driver -> {
                    if (!"true".equals(driver.findElement(item).getAttribute("aria-pressed"))) {
                        driver.findElement(item).sendKeys(Keys.ENTER);
                    }
                    return "true".equals(driver.findElement(item).getAttribute("aria-pressed"));
                });
    }

    /**
     * Records one request of a published page through the console: the form of its command, each field of its
     * body typed in, sent with Enter; fails naming the step if the console shows it refused.
     */
    void record(String method, String path, JsonNode body) {
        WebElement form = open(method, path);
        Matcher followUp = FOLLOW_UP_PATH.matcher(path);
        if (followUp.matches()) {
            String placeholder = followUp.group(1).equals("questions") ? "{questionId}" : "{actionId}";
            type(form.findElement(By.cssSelector("[name='" + placeholder + "']")), TextNode.valueOf(followUp.group(2)));
        }
        fill(form, "", body);
        send(form);
        List<String> problems = problemsIn(form);
        if (!problems.isEmpty()) {
            throw new AssertionError(method + " " + path + " " + body + " was refused in the console: " + problems);
        }
    }

    /** Opens the form of the command the request is sent to, choosing its item first. */
    WebElement open(String method, String path) {
        String template = template(method, path);
        String part = "#main";
        Matcher item = ITEM_PATH.matcher(path);
        if (item.matches()) {
            chooseItem(item.group(1));
            part = "#item-forms";
        } else if (FOLLOW_UP_PATH.matcher(path).matches()) {
            part = "#item-forms"; // on the item the clerk is at
        } else if ("PUT".equals(method)) {
            chooseItem(path.substring(path.lastIndexOf('/') + 1)); // the item's agenda entry, changed on the item
            part = "#item-forms";
        }
        WebElement details = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(part + " details[data-command='" + template + "']")));
        if (details.getAttribute("open") == null) {
            WebElement summary = details.findElement(By.tagName("summary"));
            summary.sendKeys(Keys.ENTER);
            wait.until(driver -> details.getAttribute("open") != null);
        }
        return details.findElement(By.tagName("form"));
    }

    static String template(String method, String path) {
        if ("PUT".equals(method)) {
            return "/api/meetings/{meetingId}/agenda/items/{itemId}";
        }
        Matcher item = ITEM_PATH.matcher(path);
        if (item.matches()) {
            return "/api/meetings/{meetingId}/items/{itemId}/" + item.group(2);
        }
        Matcher followUp = FOLLOW_UP_PATH.matcher(path);
        if (followUp.matches()) {
            String placeholder = followUp.group(1).equals("questions") ? "{questionId}" : "{actionId}";
            return "/api/meetings/{meetingId}/" + followUp.group(1) + "/" + placeholder + "/" + followUp.group(3);
        }
        Matcher meeting = MEETING_PATH.matcher(path);
        if (meeting.matches()) {
            return "/api/meetings/{meetingId}/" + meeting.group(1);
        }
        Matcher committee = COMMITTEE_PATH.matcher(path);
        return committee.matches() ? "/api/committees/{committeeId}/" + committee.group(1) : path;
    }

    /** Types a body's fields into the form, adding list entries (a contact, a part) as a clerk would. */
    void fill(WebElement form, String prefix, JsonNode value) {
        WebElement control = control(form, prefix);
        if (control != null) {
            type(control, value);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                String entry = prefix + "[" + i + "]";
                while (form.findElements(By.cssSelector("[data-path='" + entry + "']")).isEmpty()) {
                    form.findElement(By.cssSelector("[data-add='" + prefix + "']")).sendKeys(Keys.ENTER);
                }
                fill(form, entry, value.get(i));
            }
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                fill(form, prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue());
            }
        } else {
            throw new AssertionError("The form has no field " + prefix + " for " + value);
        }
    }

    private static WebElement control(WebElement form, String name) {
        if (name.isEmpty()) {
            return null;
        }
        List<WebElement> found = form.findElements(By.cssSelector("[name='" + name + "']"));
        return found.isEmpty() ? null : found.get(0);
    }

    private void type(WebElement control, JsonNode value) {
        String kind = control.getAttribute("data-kind");
        if ("fixed".equals(kind)) {
            // chosen above the form (the committee of a meeting): the clerk checks it rather than types it
            if (!value.asText().equals(control.getAttribute("value"))) {
                throw new AssertionError("The form is for " + control.getAttribute("value") + ", not " + value);
            }
        } else if ("checkbox".equals(kind)) {
            if (value.asBoolean() != control.isSelected()) {
                control.sendKeys(Keys.SPACE);
            }
        } else if ("select".equals(control.getTagName())) {
            Select select = new Select(control);
            wait.until(driver -> select.getOptions().stream().anyMatch(o -> value.asText().equals(o.getAttribute("value"))));
            select.selectByValue(value.asText());
            wait.until(driver -> value.asText().equals(control.getAttribute("value")));
        } else {
            String text = "minute".equals(kind) ? minuteText(value) : "lines".equals(kind) ? lines(value) : value.asText();
            control.clear();
            control.sendKeys(text);
        }
    }

    /** A minute's blocks as a clerk types them: paragraphs apart by a blank line, bullets starting "• ". */
    static String minuteText(JsonNode blocks) {
        List<String> written = new ArrayList<>();
        for (JsonNode block : blocks) {
            switch (block.get("kind").asText()) {
                case "BULLETS" -> {
                    List<String> items = new ArrayList<>();
                    block.get("items").forEach(item -> items.add("• " + item.asText()));
                    written.add(String.join("\n", items));
                }
                case "HEADING" -> written.add("# " + block.get("text").asText());
                default -> written.add(block.get("text").asText());
            }
        }
        return String.join("\n\n", written);
    }

    private static String lines(JsonNode values) {
        List<String> lines = new ArrayList<>();
        values.forEach(value -> lines.add(value.asText()));
        return String.join("\n", lines);
    }

    /** Sends the form from the keyboard and waits until the console has said what became of it. */
    void send(WebElement form) {
        String said = announced();
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        button.sendKeys(Keys.ENTER);
        wait.until(driver -> !said.equals(announced()) || !problemsIn(form).isEmpty());
    }

    String announced() {
        return driver.findElement(By.id("announcer")).getAttribute("data-said") + "";
    }

    String announcement() {
        return driver.findElement(By.id("announcer")).getText();
    }

    /** What a refusal shows in the form: above it and next to each field. */
    static List<String> problemsIn(WebElement form) {
        List<String> problems = new ArrayList<>();
        try {
            for (WebElement problem : form.findElements(By.cssSelector(".form-problem, .field-problem"))) {
                if (!problem.getText().isBlank()) {
                    problems.add(problem.getText());
                }
            }
        } catch (StaleElementReferenceException redrawn) {
            return List.of(); // the console drew the part afresh: it was recorded
        }
        return problems;
    }

    /** The text shown next to a field of the form (its problem), by the field's path. */
    static String problemBy(WebElement form, String path) {
        return form.findElement(By.cssSelector("[data-path='" + path + "'] > .field-problem")).getText();
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return wait;
    }
}
