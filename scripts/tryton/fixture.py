#!/usr/bin/env python3
"""Fills a fresh Tryton database with the data the Tryton connector's tests need.

A company in USD, EUR active and CAD inactive, a chart of accounts, a sales tax, a fiscal year
of monthly periods with last month closed, products with codes (one discontinued on its
template, one not salable), customers with addresses.
Uses Tryton's own test helpers (shipped in the modules' tests/tools.py) through proteus.

Usage: fixture.py DATABASE   (with TRYTOND_DATABASE__URI / __PATH set as for trytond)
"""
import datetime
import sys
from decimal import Decimal

from proteus import Model, Wizard, config
from trytond.modules.account.tests.tools import create_chart, create_fiscalyear, create_tax, get_accounts
from trytond.modules.account_invoice.tests.tools import create_payment_term, set_fiscalyear_invoice_sequences
from trytond.modules.company.tests.tools import create_company, get_company

database = sys.argv[1]
config.set_trytond(database, user="admin")

Currency = Model.get("currency.currency")
usd, = Currency.find([("code", "=", "USD")]) or [Currency(name="U.S. Dollar", code="USD", symbol="$", rounding=Decimal("0.01"))]
usd.save()
with config.get_config().set_context(active_test=False):
    for code, name, active in [("EUR", "Euro", True), ("CAD", "Canadian Dollar", False)]:
        if not Currency.find([("code", "=", code)]):
            Currency(name=name, code=code, symbol=code, rounding=Decimal("0.01"), active=active).save()

Country = Model.get("country.country")
us, = Country.find([("code", "=", "US")]) or [Country(name="United States", code="US")]
us.save()

create_company(currency=usd)
company = get_company()
today = datetime.date.today()
fiscalyear = set_fiscalyear_invoice_sequences(create_fiscalyear(company, today))
fiscalyear.click("create_period")
create_chart(company)
accounts = get_accounts(company)

# Last month's period is closed: the books are done.
Period = Model.get("account.period")
first_of_month = today.replace(day=1)
last_month = first_of_month - datetime.timedelta(days=1)
for period in Period.find([("start_date", "<=", last_month), ("end_date", ">=", last_month), ("type", "=", "standard")]):
    period.click("close")

tax = create_tax(Decimal("0.0725"))
tax.name = tax.description = "CA State Tax"
tax.save()

Category = Model.get("product.category")
category = Category(name="Goods", accounting=True, account_revenue=accounts["revenue"], account_expense=accounts["expense"])
category.customer_taxes.append(tax)
category.save()

Uom = Model.get("product.uom")
unit, = Uom.find([("name", "=", "Unit")])
Template = Model.get("product.template")
for code, name, price in [("TSHIRT-BLK-M", "Organic T-shirt", "24.00"), ("MUG-NAT-M", "Stoneware mug", "16.50"), ("CAP-SGE-L", "Canvas cap", "22.00")]:
    # Tryton builds a variant's code from the template's code and the variant's suffix.
    template = Template(name=name, code=code, type="goods", salable=True, default_uom=unit, list_price=Decimal(price), account_category=category)
    template.save()

# A discontinued product, as Tryton users discontinue one: its template deactivated (the
# variant keeps its own `active` set), and an internal part that is not salable.
lamp = Template(name="Discontinued lamp", code="LAMP-OLD", type="goods", salable=True, default_uom=unit, list_price=Decimal("30.00"), account_category=category)
lamp.save()
lamp.active = False
lamp.save()
Template(name="Internal part", code="PART-INT", type="goods", salable=False, default_uom=unit, list_price=Decimal("1.00"), account_category=category).save()

payment_term = create_payment_term()
payment_term.save()
Party = Model.get("party.party")
for n, (name, email) in enumerate([("Ada Lovelace", "customer1@example.com"), ("Grace Hopper", "customer2@example.com")]):
    party = Party(name=name)
    party.addresses[0].street = f"{10 + n} Market Street"
    party.addresses[0].city = "Oakland"
    party.addresses[0].postal_code = "94607"
    party.addresses[0].country = us
    party.contact_mechanisms.new(type="email", value=email)
    party.customer_payment_term = payment_term
    party.save()

print("fixture ready:", database)
