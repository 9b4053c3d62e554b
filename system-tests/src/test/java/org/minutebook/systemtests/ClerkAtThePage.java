package org.minutebook.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.Arrays;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk at the console with a published minutes page open beside it, who records only what the page gives and
 * counts every action it takes. How the actions are counted:
 * <ul>
 *     <li>a key typed is one (each character of a word, Enter, Tab, Space);</li>
 *     <li>a paste is two: selecting the block on the page (one drag of the mouse) and pasting it;</li>
 *     <li>a click, and opening a form, are one each; choosing from a list is two (opening it, picking).</li>
 * </ul>
 * What is typed or pasted must be on the page (whitespace aside), but for the clerk's own name and password: so
 * nothing is recorded that the page does not give. The clerk reads down the page: a paste is looked for from the
 * place being read, at first the page's head, then each item in turn ({@link #readFrom}).
 */
final class ClerkAtThePage {

    private final String page;
    private final ClerksConsole console;
    private final WebDriver driver;
    private int actions;
    private int reading;

    ClerkAtThePage(String page, ClerksConsole console) {
        this.page = page;
        this.console = console;
        this.driver = console.driver();
    }

    int actions() {
        return actions;
    }

    /** Signs in at the console, typing the clerk's own name and password. */
    void signIn(String querySide, Users.User clerk) {
        driver.get(querySide + "/console");
        console.waiting().until(driver -> driver.findElement(By.id("sign-in")).isDisplayed()
                || driver.findElement(By.id("committee")).isDisplayed());
        if (driver.findElement(By.id("committee")).isDisplayed()) { // signed in for an earlier page: out, then in
            driver.findElement(By.id("sign-out")).click();
            console.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-user")));
        }
        driver.findElement(By.id("sign-in-user")).sendKeys(clerk.name());
        driver.findElement(By.id("sign-in-password")).sendKeys(clerk.password(), Keys.ENTER);
        actions += clerk.name().length() + clerk.password().length() + 1;
        console.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("committee")));
    }

    /** Reads on from the next place the page says this (an item's number on a line of its own). */
    void readFrom(String words) {
        int at = page.indexOf(words, reading);
        assertThat(at).as("'%s' on the page after character %d", words, reading).isNotNegative();
        reading = at;
    }

    /** Opens a command's form (Enter on its summary) in the part given; answers the form. */
    WebElement open(String part, String command) {
        WebElement details = console.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(part + " details[data-command='" + command + "']")));
        openDetails(details);
        return details.findElement(By.tagName("form"));
    }

    /** Opens a panel of the console by its id (Enter on its summary). */
    WebElement openPanel(String id) {
        WebElement details = driver.findElement(By.id(id));
        openDetails(details);
        return details;
    }

    private void openDetails(WebElement details) {
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
            actions++;
            console.waiting().until(driver -> details.getAttribute("open") != null);
        }
    }

    /** Chooses an item of the meeting from the list of items (Enter on it). */
    void chooseItem(String itemId) {
        console.chooseItem(itemId);
        actions++;
    }

    /** Types words the page gives into a field, a key a character. */
    void type(WebElement field, String words) {
        assertThat(normal(page)).as("typed from the page").contains(normal(words));
        field.sendKeys(words);
        actions += words.length();
    }

    /** Selects the page's text from {@code first} through {@code last}, where the clerk is reading, and pastes it. */
    String paste(WebElement box, String first, String last) {
        int start = at(first, reading);
        int end = found(last, start).end();
        String block = page.substring(start, end);
        ((RemoteWebDriver) driver).executeScript("arguments[0].focus(); arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", box, block);
        actions += 2;
        return block;
    }

    /** Selects these words on the page and pastes them. */
    String paste(WebElement box, String words) {
        return paste(box, words, words);
    }

    /** The whole page, selected (Ctrl+A) and pasted. */
    void pasteThePage(WebElement box) {
        ((RemoteWebDriver) driver).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", box, page);
        actions += 2;
    }

    /** Chooses from a list the option whose text is shown (opening the list and picking it). */
    void choose(WebElement select, String shown) {
        console.waiting().until(driver -> new Select(select).getOptions().stream().anyMatch(o -> o.getText().equals(shown)));
        new Select(select).selectByVisibleText(shown);
        actions += 2;
    }

    /** Chooses the first of a list's choices (opening the list and picking it). */
    void chooseFirst(WebElement select) {
        console.waiting().until(driver -> new Select(select).getOptions().size() > 1);
        new Select(select).selectByIndex(1);
        actions += 2;
    }

    /** Ticks a box (Space on it). */
    void tick(WebElement checkbox) {
        checkbox.sendKeys(Keys.SPACE);
        actions++;
    }

    void click(WebElement button) {
        console.waiting().until(ExpectedConditions.elementToBeClickable(button));
        button.click();
        actions++;
    }

    /** Sends the form with Enter and fails, naming what the console showed, if it was refused. */
    void send(WebElement form) {
        console.send(form);
        actions++;
        assertThat(ClerksConsole.problemsIn(form)).as("refused in the console").isEmpty();
    }

    WebElement field(WebElement form, String name) {
        return form.findElement(By.cssSelector("[name='" + name + "']"));
    }

    private int at(String words, int from) {
        return found(words, from).start();
    }

    /** The words where the page has them next, wherever its lines wrap between them. */
    private MatchResult found(String words, int from) {
        Matcher matcher = Pattern.compile(Arrays.stream(words.strip().split("\\s+")).map(Pattern::quote)
                .collect(Collectors.joining("\\s+"))).matcher(page);
        assertThat(matcher.find(from)).as("'%s' on the page after character %d", words, from).isTrue();
        return matcher.toMatchResult();
    }

    /** Text as read, whitespace aside (a no-break space is a space). */
    static String normal(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
