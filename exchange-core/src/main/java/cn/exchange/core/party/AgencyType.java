package cn.exchange.core.party;

/** What kind of organisation a transferring agency is. */
public enum AgencyType {
    /** 党政机关 */
    GOVERNMENT,
    /** 事业单位 */
    PUBLIC_INSTITUTION,
    /** 国有企业 */
    STATE_ENTERPRISE,
    /** 国有金融企业 */
    FINANCIAL_ENTERPRISE,
    /** 破产管理人 */
    BANKRUPTCY_ADMINISTRATOR,
    /** 人民法院 */
    COURT,
    /** 其他 (non-state assets entering voluntarily) */
    OTHER
}
