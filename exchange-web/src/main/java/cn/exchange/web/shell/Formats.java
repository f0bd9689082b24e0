package cn.exchange.web.shell;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.CnyFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Formatting for pages ({@code #{money.yuan(x)}}): amounts in 元 and 万元, times in Beijing time. */
@Named("money")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String yuan(BigDecimal amount) {
        return CnyFormat.yuan(amount);
    }

    public String wan(BigDecimal amount) {
        return CnyFormat.wan(amount);
    }

    public String time(OffsetDateTime t) {
        return t == null ? "" : MINUTES.format(t.atZoneSameInstant(ExchangeTime.ZONE));
    }
}
