#!/usr/bin/env bash
# Installs what Beacon needs on a fresh Debian machine, only where it is missing:
#   Java 17 and Maven (build), fontconfig and a font (JasperReports renders PDFs with them).
set -euo pipefail
missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
if ! (command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list 2>/dev/null | head -n 1)" ]); then
  missing+=(fonts-dejavu-core)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
