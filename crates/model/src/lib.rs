//! The shared vocabulary of Order Sync Doctor: what an order is, what the ERP knows
//! (its master data and rules), and what the doctor says about them (findings).

pub mod finding;
pub mod master;
pub mod order;
pub mod readiness;
pub mod report;
pub mod sensitive;
pub mod unit_of_measure;

pub use finding::{Finding, FindingCode, Remedy, Severity};
pub use master::{
    AccountingPeriod, Charset, ErpCurrency, ErpCustomer, ErpItem, ErpRules, ErpTaxCode, FieldLimit,
    LengthUnit, MasterData, OrderField,
};
pub use order::{Address, Customer, LineItem, Order, StoreStatus, TaxLine};
pub use readiness::{Readiness, ReadyStatuses};
pub use report::{CheckReport, StepReport, StepStatus};
pub use rust_decimal::Decimal;
pub use sensitive::Sensitive;
pub use unit_of_measure::{ErpUnit, SaleUnit, UnitNames};
