package cn.exchange.ejb.settlement;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.security.Permission;
import cn.exchange.core.settlement.Disbursement;
import cn.exchange.core.shared.ConflictException;
import cn.exchange.ejb.identity.CallerResolver;
import cn.exchange.ejb.command.CommandExecutor;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The settlement clerk's desk: the refunds and payouts waiting for the bank, the bank batch file that pays them, the
 * ledger (trial balance and postings) and the debits nobody's instruction explains. Supervisors read all of it.
 */
@Stateless
public class SettlementDesk {

    private static final DateTimeFormatter BATCH = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @EJB
    CommandExecutor executor;
    @Inject
    CallerResolver callers;
    @Inject
    LedgerReader reader;
    @Inject
    SettlementSettings settings;
    @PersistenceContext(unitName = "exchange")
    EntityManager em;

    /** A bank batch file (批量代付): its number, the CSV the bank's corporate banking accepts, how many and how much. */
    public record Batch(String batchNo, byte[] csv, int count, BigDecimal total) {
    }

    /** Refunds and payouts not yet paid, by due date, then the latest paid ones. */
    public List<DisbursementView> disbursements() {
        callers.require(Permission.LEDGER_READ);
        return em.createNamedQuery("Disbursement.all", Disbursement.class)
                        .setMaxResults(500).getResultList().stream()
                .map(d -> DisbursementView.of(d, settings.calendar())).toList();
    }

    /**
     * Puts every instructed refund and payout into one batch file for the bank (UTF-8 with BOM, the exchange's
     * account as payer, each line quoting the instruction's reference so that the statement's debit comes back to it).
     * An instruction goes into one batch only.
     */
    public Batch newBatch() {
        return executor.execute(Permission.SETTLEMENT_BOOK, ctx -> {
            List<Disbursement> open = em.createNamedQuery("Disbursement.inStatus", Disbursement.class)
                    .setParameter("s", Disbursement.Status.INSTRUCTED)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            if (open.isEmpty()) {
                throw new ConflictException("settlement.nothingToBatch");
            }
            String batchNo = "PB" + BATCH.format(ctx.nowAt().atZoneSameInstant(ExchangeTime.ZONE));
            open.forEach(d -> d.batched(batchNo));
            BigDecimal total = open.stream().map(Disbursement::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            ctx.record("DisbursementBatch", batchNo, "batch.created", open.size() + " instructions, total " + total.toPlainString());
            return new Batch(batchNo, csv(open), open.size(), total);
        });
    }

    /** An earlier batch file again (the same lines, the same references). */
    public Batch batch(String batchNo) {
        callers.require(Permission.LEDGER_READ);
        List<Disbursement> lines = em.createNamedQuery("Disbursement.ofBatch", Disbursement.class)
                .setParameter("b", batchNo).getResultList();
        if (lines.isEmpty()) {
            throw new cn.exchange.core.shared.NotFoundException("Batch", batchNo);
        }
        return new Batch(batchNo, csv(lines), lines.size(), lines.stream().map(Disbursement::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private byte[] csv(List<Disbursement> lines) {
        StringBuilder b = new StringBuilder("\uFEFF序号,付款账户名称,付款账号,收款人名称,收款账号,金额,用途,指令编号\r\n");
        int n = 0;
        for (Disbursement d : lines) {
            b.append(++n).append(',').append(cn.exchange.core.shared.Csv.cell(settings.accountName())).append(',').append(settings.accountNumber().replace(" ", ""))
                    .append(',').append(cn.exchange.core.shared.Csv.cell(d.getPayeeName())).append(',').append(d.getPayeeAccount() == null ? "" : cn.exchange.core.shared.Csv.cell(d.getPayeeAccount()))
                    .append(',').append(d.getAmount().toPlainString()).append(',').append(purpose(d)).append(',').append(d.reference())
                    .append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(b.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String purpose(Disbursement d) {
        return switch (d.getKind()) {
            case DEPOSIT_REFUND -> "退还交易保证金";
            case BUYER_REFUND -> "退还多付款项";
            case PAYOUT -> "划转交易价款";
            case FORFEIT_PAYOUT -> "划转罚没保证金";
        };
    }

    public List<LedgerReader.AccountBalance> trialBalance() {
        callers.require(Permission.LEDGER_READ);
        return reader.trialBalance();
    }

    public List<LedgerReader.PostingView> postings(Long lotId, Long dealId) {
        callers.require(Permission.LEDGER_READ);
        return reader.postings(lotId, dealId, 300);
    }

    /** A debit on the statement that paid no known instruction (or the wrong amount). */
    public record DebitView(String bankTransactionId, java.time.OffsetDateTime bookedAt, BigDecimal amount, String payeeName,
                            String reference, String outcome) {
    }

    /** Debits nobody's instruction explains: for the clerk to investigate. */
    public List<DebitView> unmatchedDebits() {
        callers.require(Permission.LEDGER_READ);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select bank_transaction_id, booked_at, amount, payee_name, reference, outcome"
                + " from bank_debit where outcome <> 'PAID' order by id desc limit 200").getResultList();
        return rows.stream().map(r -> new DebitView((String) r[0], ((java.sql.Timestamp) r[1]).toInstant()
                .atOffset(java.time.ZoneOffset.ofHours(8)), (BigDecimal) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }
}
