# Beacon's front door. 'make help' lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PERIOD ?= 2026-10
MVN ?= mvn -B -q
MVN_TEST ?= mvn -B -ntp
JAR := pipeline/target/beacon-pipeline.jar
SOURCES := $(shell find pipeline/src reports/src reports/templates schemas/migrations schemas/models config -type f 2>/dev/null) $(wildcard pom.xml */pom.xml)

.PHONY: help deps build run test bench fuzz sql clean real-history data-dictionary

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'
	@echo "  Variables: PERIOD=$(PERIOD) (make run), DELIVER=1 (make run: also deliver into var/deliveries/), Q='select ...' (make sql)"

deps: ## Install what the machine needs (Java 17, Maven, fonts for PDF rendering) if missing
	@bash scripts/install-deps.sh

$(JAR): $(SOURCES)
	$(MVN) -DskipTests install
	@touch $(JAR)

build: deps $(JAR) ## Build Beacon (bin/beacon runs the result)

run: build ## Generate demo inputs and run the monthly cycle for PERIOD; prints where the outputs are (DELIVER=1: and deliver them)
	bin/beacon demo
	@$(if $(DELIVER),export BEACON_DEMO_PDF_PASSWORD=$${BEACON_DEMO_PDF_PASSWORD:-$$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')}; \
	echo "Demo PDF password (restricted PDFs are encrypted with it; it is never delivered with them): $$BEACON_DEMO_PDF_PASSWORD";) \
	status=0; bin/beacon run --period $(PERIOD) $(if $(DELIVER),--pdf-password-env BEACON_DEMO_PDF_PASSWORD --deliver --drop-folder var/deliveries) || status=$$?; \
	if [ $$status -eq 3 ]; then echo "(exit 3: the run completed; the demo's planted bad rows were rejected, as intended)"; \
	elif [ $$status -ne 0 ]; then exit $$status; fi
	$(if $(DELIVER),@echo "Demo delivered to the fictional recipients of config/recipients.csv into var/deliveries/: one folder per recipient with its files and the message text")

test: deps ## Run all tests
	$(MVN_TEST) install

bench: build ## Print performance figures (never fails the build)
	@bash scripts/bench.sh || true

real-history: build ## Load ../shared/data (DfE, Ofsted) into var/real/, replay 2013-2025, print the backtest (FIT=1: refit)
	@bash scripts/real-history.sh $(if $(FIT),--fit,)

fuzz: ## Fuzz every reader longer (FUZZ_SECONDS=300) in a 512 MB heap, and a 50 MB bad CSV; prints executions, crashes, peak heap
	$(MVN_TEST) -pl pipeline -am verify -Dtest=ReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
	  -Dbeacon.fuzz.seconds=$${FUZZ_SECONDS:-300} -Dbeacon.fuzz.tries=$${FUZZ_TRIES:-100000} -Dbeacon.fuzz.large=true \
	  -Dbeacon.argLine="--add-opens=java.base/java.nio=ALL-UNNAMED -Xmx512m" \
	  | grep -E 'fuzz:|large bad CSV:|Tests run:|FAIL|crash' || true

sql: ## Run one query against the warehouse: make sql Q="select * from marts.indicator_values limit 5"
	@bin/beacon sql "$(Q)"

data-dictionary: build ## Regenerate the marts part of docs/data-dictionary.md from the warehouse's own descriptions
	java -cp "$(JAR):pipeline/target/lib/*" uk.beacon.docs.DataDictionary docs/data-dictionary.md

clean: ## Remove build output and var/ (warehouse, inbox, outputs)
	$(MVN) clean
	rm -rf var
