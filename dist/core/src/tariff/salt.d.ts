/**
 * A fresh uniformly random field element for a tariff's commitment salt. The salt hides the
 * tariff behind its commitment: whoever lacks it cannot test guesses of the prices.
 */
export declare function newTariffSalt(): bigint;
