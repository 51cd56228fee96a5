//! The API pages the simulator serves, field by field, as Microsoft's AL source declares them:
//! which fields exist, which the page marks `Editable = false`, and how the table behind
//! stores each text (a `Code` field upper-cases and trims, both refuse more than their
//! length). A write naming a field the page lacks, or one it marks read-only, is refused the
//! way Business Central refuses it; the conformance tests check these tables against
//! `shared/vendor-specs/business_central/api_v2_pages.json`.
//!
//! Source: microsoft/ALAppExtensions `Apps/W1/APIV2/app/src/pages/` (the file named on each
//! page). Lengths come from the tables behind the pages, which copy Sales Header, Sales Line,
//! Item and Customer of the base application (not in that repository; lengths as the vendor
//! audit of 2026-12 and the connector's `limits.rs` read them).

/// How the table behind a field keeps a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// `Code[n]`: upper case, without leading or trailing spaces, at most `n` characters.
    Code(usize),
    /// `Text[n]`: as sent, at most `n` characters.
    Text(usize),
    /// `Edm.Decimal`: a JSON number (a JSON string is refused, see `orders.rs`).
    Decimal,
    /// Anything else (dates, GUIDs, enums, booleans), or a value not checked here.
    Value,
}

#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    /// `false` where the page says `Editable = false`.
    pub editable: bool,
    pub stored: Stored,
}

#[derive(Debug)]
pub struct Page {
    /// `EntitySetName`, the collection in the URL.
    pub entity_set: &'static str,
    /// `EntityName`, the OData type the runtime names in its errors.
    pub entity_name: &'static str,
    /// The AL file the fields were read from.
    pub source: &'static str,
    /// `InsertAllowed`, `Editable` of the page: `false` refuses a POST.
    pub insert_allowed: bool,
    pub fields: &'static [Field],
    /// Parts (sub-pages) by their name on this page.
    pub parts: &'static [&'static str],
}

impl Page {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

const fn rw(name: &'static str) -> Field {
    Field {
        name,
        editable: true,
        stored: Stored::Value,
    }
}

const fn ro(name: &'static str) -> Field {
    Field {
        name,
        editable: false,
        stored: Stored::Value,
    }
}

const fn decimal(name: &'static str) -> Field {
    Field {
        name,
        editable: true,
        stored: Stored::Decimal,
    }
}

const fn code(name: &'static str, length: usize) -> Field {
    Field {
        name,
        editable: true,
        stored: Stored::Code(length),
    }
}

const fn text(name: &'static str, length: usize) -> Field {
    Field {
        name,
        editable: true,
        stored: Stored::Text(length),
    }
}

pub const SALES_ORDERS: Page = Page {
    entity_set: "salesOrders",
    entity_name: "salesOrder",
    source: "APIV2SalesOrders.Page.al (page 30028)",
    insert_allowed: true,
    fields: &[
        ro("id"),
        ro("number"),
        code("externalDocumentNumber", 35),
        rw("orderDate"),
        rw("postingDate"),
        rw("customerId"),
        code("customerNumber", 20),
        ro("customerName"),
        ro("billToName"),
        rw("billToCustomerId"),
        code("billToCustomerNumber", 20),
        text("shipToName", 100),
        text("shipToContact", 100),
        text("sellToAddressLine1", 100),
        text("sellToAddressLine2", 50),
        text("sellToCity", 30),
        code("sellToCountry", 10),
        text("sellToState", 30),
        code("sellToPostCode", 20),
        ro("billToAddressLine1"),
        ro("billToAddressLine2"),
        ro("billToCity"),
        ro("billToCountry"),
        ro("billToState"),
        ro("billToPostCode"),
        text("shipToAddressLine1", 100),
        text("shipToAddressLine2", 50),
        text("shipToCity", 30),
        code("shipToCountry", 10),
        text("shipToState", 30),
        code("shipToPostCode", 20),
        code("shortcutDimension1Code", 20),
        code("shortcutDimension2Code", 20),
        rw("currencyId"),
        // A Text on the page, copied into the Code[10] "Currency Code" with COPYSTR (cut, not
        // refused): handled in `orders.rs`.
        rw("currencyCode"),
        rw("pricesIncludeTax"),
        rw("paymentTermsId"),
        rw("shipmentMethodId"),
        code("salesperson", 20),
        rw("partialShipping"),
        rw("requestedDeliveryDate"),
        decimal("discountAmount"),
        ro("discountAppliedBeforeTax"),
        ro("totalAmountExcludingTax"),
        ro("totalTaxAmount"),
        ro("totalAmountIncludingTax"),
        rw("fullyShipped"),
        ro("status"),
        ro("lastModifiedDateTime"),
        text("phoneNumber", 30),
        text("email", 80),
    ],
    parts: &[
        "dimensionSetLines",
        "salesOrderLines",
        "pdfDocument",
        "attachments",
        "documentAttachments",
    ],
};

pub const SALES_ORDER_LINES: Page = Page {
    entity_set: "salesOrderLines",
    entity_name: "salesOrderLine",
    source: "APIV2SalesOrderLines.Page.al (page 30044)",
    insert_allowed: true,
    fields: &[
        ro("id"),
        rw("documentId"),
        rw("sequence"),
        rw("itemId"),
        rw("accountId"),
        rw("lineType"),
        code("lineObjectNumber", 20),
        text("description", 100),
        text("description2", 50),
        rw("unitOfMeasureId"),
        code("unitOfMeasureCode", 10),
        decimal("quantity"),
        decimal("unitPrice"),
        decimal("discountAmount"),
        decimal("discountPercent"),
        ro("discountAppliedBeforeTax"),
        ro("amountExcludingTax"),
        rw("taxCode"),
        ro("taxPercent"),
        ro("totalTaxAmount"),
        ro("amountIncludingTax"),
        ro("invoiceDiscountAllocation"),
        ro("netAmount"),
        ro("netTaxAmount"),
        ro("netAmountIncludingTax"),
        rw("shipmentDate"),
        rw("shippedQuantity"),
        rw("invoicedQuantity"),
        rw("invoiceQuantity"),
        rw("shipQuantity"),
        rw("itemVariantId"),
        rw("locationId"),
    ],
    parts: &["dimensionSetLines", "location"],
};

pub const SALES_INVOICES: Page = Page {
    entity_set: "salesInvoices",
    entity_name: "salesInvoice",
    source: "APIV2SalesInvoices.Page.al (page 30012)",
    insert_allowed: true,
    fields: &[
        ro("id"),
        ro("number"),
        rw("externalDocumentNumber"),
        rw("invoiceDate"),
        rw("postingDate"),
        rw("dueDate"),
        rw("promisedPayDate"),
        rw("customerPurchaseOrderReference"),
        rw("customerId"),
        rw("customerNumber"),
        ro("customerName"),
        ro("billToName"),
        rw("billToCustomerId"),
        rw("billToCustomerNumber"),
        rw("shipToName"),
        rw("shipToContact"),
        rw("sellToAddressLine1"),
        rw("sellToAddressLine2"),
        rw("sellToCity"),
        rw("sellToCountry"),
        rw("sellToState"),
        rw("sellToPostCode"),
        ro("billToAddressLine1"),
        ro("billToAddressLine2"),
        ro("billToCity"),
        ro("billToCountry"),
        ro("billToState"),
        ro("billToPostCode"),
        rw("shipToAddressLine1"),
        rw("shipToAddressLine2"),
        rw("shipToCity"),
        rw("shipToCountry"),
        rw("shipToState"),
        rw("shipToPostCode"),
        rw("currencyId"),
        rw("shortcutDimension1Code"),
        rw("shortcutDimension2Code"),
        rw("currencyCode"),
        ro("orderId"),
        ro("orderNumber"),
        rw("paymentTermsId"),
        rw("shipmentMethodId"),
        rw("salesperson"),
        rw("disputeStatusId"),
        rw("disputeStatus"),
        ro("pricesIncludeTax"),
        ro("remainingAmount"),
        rw("discountAmount"),
        ro("discountAppliedBeforeTax"),
        ro("totalAmountExcludingTax"),
        ro("totalTaxAmount"),
        ro("totalAmountIncludingTax"),
        ro("status"),
        ro("lastModifiedDateTime"),
        rw("phoneNumber"),
        rw("email"),
    ],
    parts: &[
        "dimensionSetLines",
        "salesInvoiceLines",
        "pdfDocument",
        "attachments",
        "documentAttachments",
    ],
};

/// Not among the pages of the vendor-specs file: read in the AL source.
pub const SALES_INVOICE_LINES: Page = Page {
    entity_set: "salesInvoiceLines",
    entity_name: "salesInvoiceLine",
    source: "APIV2SalesInvoiceLines.Page.al (page 30043)",
    insert_allowed: true,
    fields: &[
        ro("id"),
        rw("documentId"),
        rw("sequence"),
        rw("itemId"),
        rw("accountId"),
        rw("lineType"),
        rw("lineObjectNumber"),
        rw("description"),
        rw("unitOfMeasureId"),
        rw("unitOfMeasureCode"),
        rw("quantity"),
        rw("unitPrice"),
        rw("discountAmount"),
        rw("discountPercent"),
        ro("discountAppliedBeforeTax"),
        ro("amountExcludingTax"),
        rw("taxCode"),
        ro("taxPercent"),
        ro("totalTaxAmount"),
        ro("amountIncludingTax"),
        ro("invoiceDiscountAllocation"),
        ro("netAmount"),
        ro("netTaxAmount"),
        ro("netAmountIncludingTax"),
        rw("shipmentDate"),
        rw("itemVariantId"),
        rw("locationId"),
    ],
    parts: &["dimensionSetLines", "location"],
};

/// A read-only page (`Editable`, `InsertAllowed` false); not among the pages of the
/// vendor-specs file: read in the AL source.
pub const SALES_SHIPMENTS: Page = Page {
    entity_set: "salesShipments",
    entity_name: "salesShipment",
    source: "APIV2SalesShipments.Page.al (page 30062)",
    insert_allowed: false,
    fields: &[
        ro("id"),
        ro("number"),
        rw("externalDocumentNumber"),
        rw("invoiceDate"),
        rw("postingDate"),
        rw("dueDate"),
        rw("customerPurchaseOrderReference"),
        rw("customerId"),
        rw("customerNumber"),
        ro("customerName"),
        rw("billToCustomerId"),
        ro("billToName"),
        rw("billToCustomerNumber"),
        rw("shipToName"),
        rw("shipToContact"),
        rw("sellToAddressLine1"),
        rw("sellToAddressLine2"),
        rw("sellToCity"),
        rw("sellToCountry"),
        rw("sellToState"),
        rw("sellToPostCode"),
        ro("billToAddressLine1"),
        ro("billToAddressLine2"),
        ro("billToCity"),
        ro("billToCountry"),
        ro("billToState"),
        ro("billToPostCode"),
        rw("shipToAddressLine1"),
        rw("shipToAddressLine2"),
        rw("shipToCity"),
        rw("shipToCountry"),
        rw("shipToState"),
        rw("shipToPostCode"),
        rw("currencyCode"),
        ro("orderNumber"),
        rw("paymentTermsCode"),
        rw("shipmentMethodCode"),
        rw("salesperson"),
        ro("pricesIncludeTax"),
        ro("lastModifiedDateTime"),
        rw("phoneNumber"),
        rw("email"),
    ],
    parts: &["salesShipmentLines", "dimensionSetLines"],
};

/// Read-only, like its header; read in the AL source.
pub const SALES_SHIPMENT_LINES: Page = Page {
    entity_set: "salesShipmentLines",
    entity_name: "salesShipmentLine",
    source: "APIV2SalesShipmentLines.Page.al (page 30063)",
    insert_allowed: false,
    fields: &[
        ro("id"),
        ro("documentId"),
        rw("documentNo"),
        rw("sequence"),
        rw("lineType"),
        rw("lineObjectNumber"),
        rw("description"),
        rw("description2"),
        rw("unitOfMeasureCode"),
        rw("unitPrice"),
        rw("quantity"),
        rw("discountPercent"),
        ro("taxPercent"),
        rw("shipmentDate"),
    ],
    parts: &["dimensionSetLines"],
};

pub const ITEMS: Page = Page {
    entity_set: "items",
    entity_name: "item",
    source: "APIV2Items.Page.al (page 30008)",
    insert_allowed: true,
    fields: &[
        ro("id"),
        code("number", 20),
        text("displayName", 100),
        rw("displayName2"),
        rw("type"),
        rw("itemCategoryId"),
        rw("itemCategoryCode"),
        rw("blocked"),
        rw("gtin"),
        rw("inventory"),
        rw("unitPrice"),
        rw("priceIncludesTax"),
        rw("unitCost"),
        rw("taxGroupId"),
        rw("taxGroupCode"),
        rw("baseUnitOfMeasureId"),
        rw("baseUnitOfMeasureCode"),
        rw("generalProductPostingGroupId"),
        rw("generalProductPostingGroupCode"),
        rw("inventoryPostingGroupId"),
        rw("inventoryPostingGroupCode"),
        ro("lastModifiedDateTime"),
    ],
    parts: &[
        "inventoryPostingGroup",
        "generalProductPostingGroup",
        "baseUnitOfMeasure",
        "picture",
        "defaultDimensions",
        "itemVariants",
        "documentAttachments",
    ],
};

pub const CUSTOMERS: Page = Page {
    entity_set: "customers",
    entity_name: "customer",
    source: "APIV2Customers.Page.al (page 30009)",
    insert_allowed: true,
    fields: &[
        ro("id"),
        code("number", 20),
        text("displayName", 100),
        rw("type"),
        rw("addressLine1"),
        rw("addressLine2"),
        rw("city"),
        rw("state"),
        rw("country"),
        rw("postalCode"),
        rw("phoneNumber"),
        text("email", 80),
        rw("website"),
        rw("salespersonCode"),
        ro("balanceDue"),
        rw("creditLimit"),
        rw("taxLiable"),
        rw("taxAreaId"),
        ro("taxAreaDisplayName"),
        rw("taxRegistrationNumber"),
        rw("currencyId"),
        rw("currencyCode"),
        rw("paymentTermsId"),
        rw("shipmentMethodId"),
        rw("paymentMethodId"),
        rw("blocked"),
        rw("lastModifiedDateTime"),
    ],
    parts: &[
        "customerFinancialDetails",
        "picture",
        "defaultDimensions",
        "agedAccountsReceivable",
        "contactsInformation",
        "documentAttachments",
    ],
};

pub const CURRENCIES: Page = Page {
    entity_set: "currencies",
    entity_name: "currency",
    source: "APIV2Currencies.Page.al (page 30019)",
    insert_allowed: true,
    fields: &[
        ro("id"),
        code("code", 10),
        rw("displayName"),
        rw("symbol"),
        rw("amountDecimalPlaces"),
        rw("amountRoundingPrecision"),
        rw("lastModifiedDateTime"),
    ],
    parts: &[],
};

/// A read-only page: the fields are not marked one by one, the page is (`Editable = false`,
/// `InsertAllowed = false`, `DataAccessIntent = ReadOnly`).
pub const ACCOUNTING_PERIODS: Page = Page {
    entity_set: "accountingPeriods",
    entity_name: "accountingPeriod",
    source: "APIV2AccountingPeriods.Page.al (page 30086)",
    insert_allowed: false,
    fields: &[
        rw("id"),
        rw("startingDate"),
        rw("name"),
        rw("newFiscalYear"),
        rw("closed"),
        rw("dateLocked"),
        rw("lastModifiedDateTime"),
    ],
    parts: &[],
};

pub const COUNTRIES_REGIONS: Page = Page {
    entity_set: "countriesRegions",
    entity_name: "countryRegion",
    source: "APIV2CountriesRegions.Page.al (page 30027)",
    insert_allowed: true,
    fields: &[
        ro("id"),
        code("code", 10),
        rw("displayName"),
        rw("addressFormat"),
        rw("lastModifiedDateTime"),
    ],
    parts: &[],
};

/// Source: microsoft/ALAppExtensions `APIV2UnitsofMeasure.Page.al` (page 30030), table "Unit
/// of Measure" (204): `Code` is `Code[10]`.
pub const UNITS_OF_MEASURE: Page = Page {
    entity_set: "unitsOfMeasure",
    entity_name: "unitOfMeasure",
    source: "APIV2UnitsofMeasure.Page.al (page 30030)",
    insert_allowed: true,
    fields: &[
        ro("id"),
        code("code", 10),
        rw("displayName"),
        rw("internationalStandardCode"),
        rw("symbol"),
        rw("lastModifiedDateTime"),
    ],
    parts: &[],
};

pub const COMPANY_INFORMATION: Page = Page {
    entity_set: "companyInformation",
    entity_name: "companyInformation",
    source: "APIV2CompanyInformation.Page.al (page 30011)",
    insert_allowed: false,
    fields: &[
        ro("id"),
        rw("displayName"),
        rw("addressLine1"),
        rw("addressLine2"),
        rw("city"),
        rw("state"),
        rw("country"),
        rw("postalCode"),
        rw("phoneNumber"),
        rw("faxNumber"),
        rw("email"),
        rw("website"),
        rw("taxRegistrationNumber"),
        ro("currencyCode"),
        ro("currentFiscalYearStartDate"),
        rw("industry"),
        ro("picture"),
        rw("experience"),
        rw("lastModifiedDateTime"),
    ],
    parts: &[],
};

/// The platform's company list (not an AL page; the fields of Microsoft's "Get companies"
/// example, `dynamics_company_get.md`).
pub const COMPANIES: Page = Page {
    entity_set: "companies",
    entity_name: "company",
    source: "dynamics_company_get.md (platform entity, no AL page)",
    insert_allowed: false,
    fields: &[
        ro("id"),
        ro("systemVersion"),
        ro("timestamp"),
        ro("name"),
        ro("displayName"),
        ro("businessProfileId"),
        ro("systemCreatedAt"),
        ro("systemCreatedBy"),
        ro("systemModifiedAt"),
        ro("systemModifiedBy"),
    ],
    parts: &[],
};

/// Every page the simulator serves.
pub const PAGES: &[&Page] = &[
    &SALES_ORDERS,
    &SALES_ORDER_LINES,
    &SALES_INVOICES,
    &SALES_INVOICE_LINES,
    &SALES_SHIPMENTS,
    &SALES_SHIPMENT_LINES,
    &ITEMS,
    &CUSTOMERS,
    &CURRENCIES,
    &ACCOUNTING_PERIODS,
    &COUNTRIES_REGIONS,
    &UNITS_OF_MEASURE,
    &COMPANY_INFORMATION,
    &COMPANIES,
];

pub fn page(entity_set: &str) -> Option<&'static Page> {
    PAGES.iter().copied().find(|p| p.entity_set == entity_set)
}
