package cn.exchange.core.settlement;

import cn.exchange.core.qualification.BankCredit;
import cn.exchange.core.qualification.DepositMatch;
import cn.exchange.core.qualification.DepositRules;
import cn.exchange.core.settlement.Ledger.Posting;
import cn.exchange.core.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The money of one {@link Deal} (docs/rules.md §1.4; rules 27, 31–33): the price, the deposit that converts into it,
 * each side's service fee, and what the buyer's money has paid of them so far. Part of the deal, which decides from its
 * status when money moves; every method that moves money returns the ledger {@link Posting}s on the deal's accounts.
 * Its price, deposit and fee columns are never null, so JPA always loads it.
 */
@Embeddable
public class Money {

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal price;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal deposit;
    @Column(name = "buyer_fee", nullable = false, precision = 15, scale = 2)
    private BigDecimal buyerFee;
    @Column(name = "seller_fee", nullable = false, precision = 15, scale = 2)
    private BigDecimal sellerFee;
    @Column(name = "fee_table", nullable = false, length = 20)
    private String feeTable;
    @Column(name = "price_received", nullable = false, precision = 15, scale = 2)
    private BigDecimal priceReceived;
    @Column(name = "buyer_fee_paid", nullable = false, precision = 15, scale = 2)
    private BigDecimal buyerFeePaid;
    @Column(name = "seller_fee_paid", nullable = false)
    private boolean sellerFeePaid;
    @Column(name = "paid_out", nullable = false)
    private boolean paidOut;

    protected Money() {
    }

    /** A new deal's money: its price, deposit and fees (by {@code feeTable}); nothing received yet. */
    Money(BigDecimal price, BigDecimal deposit, BigDecimal buyerFee, BigDecimal sellerFee, String feeTable) {
        this.price = price;
        this.deposit = deposit;
        this.buyerFee = buyerFee;
        this.sellerFee = sellerFee;
        this.feeTable = feeTable;
        clearReceived();
    }

    /**
     * A bank credit quoting {@code deal}'s reference (8867…; null when the reference names no deal): booked to the deal
     * only from the buyer itself, its name compared as deposits compare theirs (rule 16: no third-party payments,
     * {@link DepositRules#sameName}); a forfeited deal takes no more money. Anything else waits for the clerk.
     */
    static DepositMatch match(Deal deal, String buyerName, BankCredit credit) {
        if (deal == null || deal.getStatus() == Deal.Status.FORFEITED) {
            return DepositMatch.UNKNOWN_REFERENCE;
        }
        return DepositRules.sameName(credit.payerName(), buyerName) ? DepositMatch.DEAL_PAYMENT : DepositMatch.WRONG_PAYER;
    }

    /** Docs/rules.md §1.4: the winner's deposit is the buyer's money on this deal from the start. */
    Posting convertDeposit(Deal deal) {
        return Posting.move("DEPOSIT_CONVERTED", "winner's deposit converts into the price",
                Ledger.deposit(deal.getBuyerApplicationId()), Ledger.buyer(deal.getId()), deposit);
    }

    /**
     * Applies the buyer's unapplied money ({@code available}, ≥ 0): first to the price and interest
     * ({@link Deal#amountDue}), then to the buyer's fee; when the price is complete the seller's fee is taken from it
     * (the contract's fee clause). The rest stays the buyer's (an overpayment, refunded by the clerk).
     */
    List<Posting> apply(Deal deal, BigDecimal available) {
        List<Posting> out = new ArrayList<>();
        Long id = deal.getId();
        BigDecimal toPrice = available.min(deal.amountDue().subtract(priceReceived));
        if (toPrice.signum() > 0) {
            out.add(Posting.move("PRICE_APPLIED", "to the price", Ledger.buyer(id), Ledger.price(id), toPrice));
            priceReceived = priceReceived.add(toPrice);
        }
        BigDecimal toFee = available.subtract(toPrice.max(BigDecimal.ZERO)).min(buyerFee.subtract(buyerFeePaid));
        if (toFee.signum() > 0) {
            out.add(Posting.move("BUYER_FEE", "buyer's service fee", Ledger.buyer(id), Ledger.FEES, toFee));
            buyerFeePaid = buyerFeePaid.add(toFee);
        }
        if (!sellerFeePaid && priceReceived.compareTo(deal.amountDue()) == 0) {
            out.add(Posting.move("SELLER_FEE", "seller's service fee taken from the price", Ledger.price(id), Ledger.FEES, sellerFee));
            sellerFeePaid = true;
        }
        return out;
    }

    /** Rule 31: the full price with its interest ({@code amountDue}), the buyer's fee and the seller's fee are all in. */
    boolean complete(BigDecimal amountDue) {
        return priceReceived.compareTo(amountDue) == 0 && buyerFeePaid.compareTo(buyerFee) == 0 && sellerFeePaid;
    }

    /**
     * What the buyer still has to transfer: price, interest and its fee, less what was applied and what waits
     * {@code unapplied}; nothing once the deal is forfeited.
     */
    BigDecimal outstanding(Deal deal, BigDecimal unapplied) {
        if (deal.getStatus() == Deal.Status.FORFEITED) {
            return BigDecimal.ZERO.setScale(2);
        }
        return deal.amountDue().add(buyerFee).subtract(priceReceived).subtract(buyerFeePaid).subtract(unapplied).max(BigDecimal.ZERO);
    }

    /** After the certificate: the price, net of the seller's fee, becomes owed to the transferor (once, then paid out). */
    Posting release(Deal deal) {
        if (deal.getStatus() != Deal.Status.CERTIFIED || paidOut) {
            throw new ConflictException("settlement.payoutNotDue");
        }
        paidOut = true;
        return Posting.move("PRICE_RELEASED", "price net of the seller's fee owed to the transferor", Ledger.price(deal.getId()),
                Ledger.transferor(deal.getId()), deal.amountDue().subtract(sellerFee));
    }

    /**
     * Rule 33: the buyer loses the deposit, no more: what was applied to the price and the fees goes back to the
     * buyer's account on this deal; the deposit then pays both sides' fees first and the rest goes to the transferor;
     * whatever the buyer paid beyond the deposit stays the buyer's, to be refunded.
     */
    List<Posting> forfeit(Deal deal) {
        List<Posting> out = new ArrayList<>();
        Long id = deal.getId();
        BigDecimal inPrice = priceReceived.subtract(sellerFeePaid ? sellerFee : BigDecimal.ZERO);
        if (inPrice.signum() > 0) {
            out.add(Posting.move("PRICE_RETURNED", "price paid so far back to the buyer", Ledger.price(id), Ledger.buyer(id), inPrice));
        }
        BigDecimal feesTaken = buyerFeePaid.add(sellerFeePaid ? sellerFee : BigDecimal.ZERO);
        if (feesTaken.signum() > 0) {
            out.add(Posting.move("FEES_RETURNED", "fees taken so far back to the buyer", Ledger.FEES, Ledger.buyer(id), feesTaken));
        }
        BigDecimal fees = deposit.min(buyerFee.add(sellerFee));
        out.add(Posting.move("FORFEIT_FEES", "forfeited deposit pays both sides' fees", Ledger.buyer(id), Ledger.FEES, fees));
        BigDecimal rest = deposit.subtract(fees);
        if (rest.signum() > 0) {
            out.add(Posting.move("FORFEIT_TRANSFEROR", "rest of the forfeited deposit to the transferor", Ledger.buyer(id),
                    Ledger.transferor(id), rest));
        }
        clearReceived();
        return out;
    }

    private void clearReceived() {
        priceReceived = BigDecimal.ZERO.setScale(2);
        buyerFeePaid = BigDecimal.ZERO.setScale(2);
        sellerFeePaid = false;
    }

    public BigDecimal getPrice() { return price; }
    public BigDecimal getDeposit() { return deposit; }
    public BigDecimal getBuyerFee() { return buyerFee; }
    public BigDecimal getSellerFee() { return sellerFee; }
    public String getFeeTable() { return feeTable; }
    public BigDecimal getPriceReceived() { return priceReceived; }
    public BigDecimal getBuyerFeePaid() { return buyerFeePaid; }
    public boolean isSellerFeePaid() { return sellerFeePaid; }
    public boolean isPaidOut() { return paidOut; }
}
