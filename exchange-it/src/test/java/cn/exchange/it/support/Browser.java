package cn.exchange.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A headless Debian Chromium driven by Selenium, for tests of what a person does in the trading hall.
 *
 * <p>If Chromium or its driver is missing, the test says exactly what to install instead of failing obscurely.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("exchange.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("exchange.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final URL base;

    private Browser(URL base) {
        this(base, "1280,900", false);
    }

    /**
     * @param size  the window, "width,height" in CSS pixels
     * @param phone emulate a phone's screen of that size (a desktop window cannot be narrower than about 500 px)
     */
    private Browser(URL base, String size, boolean phone) {
        requireChromium();
        this.base = base;
        try {
            profile = Files.createTempDirectory("exchange-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM);
        // the flags that make Chromium quiet and reliable on a closed, headless CI machine
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + size, "--lang=zh-CN",
                "--user-data-dir=" + profile);
        if (phone) {
            String[] wh = size.split(",");
            options.setExperimentalOption("mobileEmulation", java.util.Map.of(
                    "deviceMetrics", java.util.Map.of("width", Integer.parseInt(wh[0]), "height", Integer.parseInt(wh[1]), "pixelRatio", 3.0,
                            "touch", true),
                    "userAgent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                            + " Version/17.5 Mobile/15E148 Safari/604.1"));
        }
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public static Browser open(URL base) {
        return new Browser(base);
    }

    /** A desktop window of {@code size} ("width,height" in CSS pixels, e.g. a laptop's "1366,768"). */
    public static Browser open(URL base, String size) {
        return new Browser(base, size, false);
    }

    /** A phone's screen: 390 × 844 CSS pixels (an iPhone 12–15's viewport), touch-sized pages. */
    public static Browser phone(URL base) {
        return new Browser(base, "390,844", true);
    }

    /** Fails with the install command when the browser is not on the machine. */
    public static void requireChromium() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver (" + CHROMIUM + ", "
                    + CHROMEDRIVER + "). Install them with:  sudo apt-get install -y chromium chromium-driver");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base.toString().replaceAll("/$", "") + (path.startsWith("/") ? path : "/" + path));
        return this;
    }

    public WebElement find(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** The element's text, read again when a polling or ajax update replaced the element between finding and reading. */
    public String text(By by) {
        return waitFor().until(d -> {
            WebElement e = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            return e == null ? null : e.getText();
        });
    }

    public WebDriverWait waitFor() {
        return waitFor(Duration.ofSeconds(20));
    }

    /** A wait that also retries when an ajax update replaced the element it was reading. */
    public WebDriverWait waitFor(Duration d) {
        WebDriverWait w = new WebDriverWait(driver, d);
        w.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return w;
    }

    public void type(By by, String text) {
        WebElement e = find(by);
        awaitDatePickerHandlers(e);
        // the field takes the focus first, as when a person clicks into it: keys typed while a date picker still held
        // the focus went into the date (the calendar page's notice date once received its make-up days)
        driver.executeScript("arguments[0].focus();", e);
        e.clear();
        e.sendKeys(text);
        dateDelivered(e, text);
        if ("textarea".equalsIgnoreCase(e.getTagName())) {
            // Chromium 156's driver did not deliver CJK text typed into the calendar page's textareas (its holidays
            // arrived empty at the server): when the field does not hold what was typed, set it as a paste would
            try {
                waitFor(Duration.ofSeconds(2)).until(d -> text.equals(find(by).getDomProperty("value")));
            } catch (org.openqa.selenium.TimeoutException notDelivered) {
                driver.executeScript("arguments[0].focus(); arguments[0].value = arguments[1];"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", find(by), text);
                waitFor(Duration.ofSeconds(5)).until(d -> text.equals(find(by).getDomProperty("value")));
            }
        }
    }

    /**
     * Calls a method of a PrimeFaces widget, as the widget's own event handlers would (e.g. {@code setValue} of an
     * inputNumber, {@code selectValue} of a selectOneMenu) — steadier than typing into masked inputs.
     */
    public void widget(String clientId, String method, Object argument) {
        awaitWidget(clientId);
        driver.executeScript("PrimeFaces.getWidgetById(arguments[0])[arguments[1]](arguments[2]);", clientId, method, argument);
    }

    /**
     * PrimeFaces creates its widgets from the page's scripts once the document is ready; on a busy machine that can be
     * after the page counts as loaded, so wait for the widget before acting on it, as a user waits for the page.
     */
    private void awaitWidget(String clientId) {
        waitFor().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return !!(window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]));", clientId)));
    }

    /**
     * Types a date into a PrimeFaces date picker, closes its calendar with Escape and waits until the field holds it.
     */
    public void typeDate(String clientId, String date) {
        By input = By.id(clientId + "_input");
        type(input, date);
        find(input).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        waitFor().until(d -> date.equals(d.findElement(input).getAttribute("value")));
    }

    /**
     * After typing into a date picker: when the date did not reach the field, it is chosen in the picker's calendar
     * instead (its {@code setDate}, as a click on the day does), and that is printed. Under load, Chromium 156 under
     * ChromeDriver delivered every key of a date to the focused picker input with its keydown already default-prevented
     * (logged in CalendarAdminBrowserIT: keydown 2:true, 0:true, …, the field empty). No page script prevented it — a
     * run with preventDefault instrumented saw none, and typed the date — so the source is not found. This is a
     * mitigation of the test driver, not of the page.
     */
    private void dateDelivered(WebElement input, String text) {
        String id = input.getAttribute("id");
        if (id == null || !id.endsWith("_input") || text.equals(input.getDomProperty("value"))) {
            return;
        }
        String picker = id.substring(0, id.length() - "_input".length());
        boolean isPicker = Boolean.TRUE.equals(driver.executeScript("var w = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0]);"
                + " return !!(w && w instanceof PrimeFaces.widget.DatePicker);", picker));
        if (isPicker && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            System.out.println("[browser] the typed date did not reach " + id + " (" + input.getDomProperty("value") + "); chosen in its calendar");
            widget(picker, "setDate", text);
            waitFor().until(d -> text.equals(d.findElement(By.id(id)).getDomProperty("value")));
        }
    }

    /**
     * A PrimeFaces date picker binds its input's handlers a moment after the widget is created (a queued task): keys
     * typed before that reach the field but not the picker's value, and the change event that follows (the blur) writes
     * the picker's empty value back into the field. On a loaded machine the test typed into a picker that an ajax update
     * had just rendered within that moment, and the date was gone at the save (ListingBrowserIT's second lot,
     * PreDisclosureIT's basis date). A person cannot type that fast; the test waits, as a person does, until the picker
     * listens. Other inputs are typed into at once.
     */
    private void awaitDatePickerHandlers(WebElement input) {
        waitFor().until(d -> Boolean.TRUE.equals(driver.executeScript(
                "var e = arguments[0]; var box = e.id && e.id.endsWith('_input') ? document.getElementById(e.id.slice(0, -6)) : null;"
                        + " var w = box && window.PrimeFaces && PrimeFaces.getWidgetById(box.id);"
                        + " if (!box || !(box.classList.contains('ui-calendar') || (w && w instanceof PrimeFaces.widget.DatePicker))) { return true; }"
                        + " var ev = window.jQuery && jQuery._data(e, 'events');"
                        + " return !!(ev && ev.input && ev.input.some(function (h) { return h.namespace === 'datePicker'; }));", input)));
    }

    /** Fires a PrimeFaces input's change behaviour (its p:ajax), as a user's selection would. */
    public void changed(String clientId) {
        awaitWidget(clientId);
        driver.executeScript("var w = PrimeFaces.getWidgetById(arguments[0]);"
                + " if (w.hasBehavior('valueChange')) { w.callBehavior('valueChange'); } else { w.callBehavior('change'); }", clientId);
    }

    /** Fills the sign-in form this browser shows and submits it, without waiting for the outcome. */
    public Browser submitSignIn(String username, String password) {
        type(By.id("f:username"), username);
        type(By.id("f:password"), password);
        click(By.id("f:signin"));
        return this;
    }

    /** Signs in on the sign-in form this browser shows and waits until it has left that page. */
    public Browser signIn(String username, String password) {
        submitSignIn(username, password);
        try {
            waitFor().until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
        } catch (org.openqa.selenium.TimeoutException e) {
            // say what the person would have seen: the page's message (locked, wrong password, busy) and a screenshot
            Path shot = screenshot("sign-in-failed-" + username);
            String shown = driver.findElements(By.id("f:messages")).stream().map(WebElement::getText).findFirst().orElse("");
            throw new AssertionError("signing in as " + username + " did not leave " + driver.getCurrentUrl()
                    + " within 20 s; the page says: '" + shown.strip() + "'; screenshot " + shot, e);
        }
        return this;
    }

    /** A new browser signed in as {@code username}. */
    public static Browser signedIn(URL base, String username, String password) {
        return open(base).go("/login.xhtml").signIn(username, password);
    }

    /**
     * Clicks like a user who first scrolls the element to the middle of the window: an element at the window's edge
     * can be covered by a neighbour during a layout shift (a date picker closing), and the click would land there.
     */
    public void click(By by) {
        WebElement e = waitFor().until(ExpectedConditions.elementToBeClickable(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", e);
        waitFor().until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /**
     * Clicks a button that submits the whole page ({@code ajax="false"}) and returns once the next page has loaded:
     * reading right after a plain click could find an element of the page being left, which Chrome then reports as
     * "Node with given id does not belong to the document" (PracticeIT failed so on a busy machine).
     */
    public void clickAndLoad(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        waitFor().until(d -> left(page));
        waitFor().until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /**
     * Whether an element's document has been replaced. Chrome answers a stale element either as WebDriver says
     * (StaleElementReferenceException) or with its inspector's "Node with given id does not belong to the document",
     * which {@code ExpectedConditions.stalenessOf} does not take for staleness.
     */
    private static boolean left(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Keeps a PNG of the current page under target/screenshots (also used on purpose, to look at a page). */
    public Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("exchange.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
