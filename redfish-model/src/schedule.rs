//! `Schedule`: Schedule a series of occurrences.
//!
//! Generated from the DMTF Redfish schema `Schedule.v1_2_5.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `schedule` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// Schedule a series of occurrences.
    pub struct Schedule {
        /// Days of the month when scheduled occurrences are enabled. `0` indicates that every day of the month is enabled.
        ///
        /// Writable.
        "EnabledDaysOfMonth" => enabled_days_of_month: Vec<Option<i64>>,
        /// Days of the week when scheduled occurrences are enabled, for enabled days of the month and months of the year. If not present, all days of the week are enabled.
        ///
        /// Writable.
        "EnabledDaysOfWeek" => enabled_days_of_week: Vec<Option<crate::schedule::DayOfWeek>>,
        /// Intervals when scheduled occurrences are enabled.
        ///
        /// Writable.
        "EnabledIntervals" => enabled_intervals: Vec<Option<String>>,
        /// The months of the year when scheduled occurrences are enabled. If not present, all months of the year are enabled.
        ///
        /// Writable.
        "EnabledMonthsOfYear" => enabled_months_of_year: Vec<Option<crate::schedule::MonthOfYear>>,
        /// The date and time when the initial occurrence is scheduled to occur.
        ///
        /// Writable.
        "InitialStartTime" => initial_start_time: crate::DateTime,
        /// The time after provisioning when the schedule as a whole expires.
        ///
        /// Writable.
        "Lifetime" => lifetime: String,
        /// The maximum number of scheduled occurrences.
        ///
        /// Writable.
        "MaxOccurrences" => max_occurrences: i64,
        /// The schedule name.
        ///
        /// Writable.
        "Name" => name: String,
        /// The duration between consecutive occurrences.
        ///
        /// Writable.
        "RecurrenceInterval" => recurrence_interval: String,
    }
}

crate::redfish_enum! {
    /// Days of the week.
    pub enum DayOfWeek {
        /// Monday.
        Monday = "Monday",
        /// Tuesday.
        Tuesday = "Tuesday",
        /// Wednesday.
        Wednesday = "Wednesday",
        /// Thursday.
        Thursday = "Thursday",
        /// Friday.
        Friday = "Friday",
        /// Saturday.
        Saturday = "Saturday",
        /// Sunday.
        Sunday = "Sunday",
        /// Every day of the week.
        Every = "Every",
    }
}

crate::redfish_enum! {
    /// Months of the year.
    pub enum MonthOfYear {
        /// January.
        January = "January",
        /// February.
        February = "February",
        /// March.
        March = "March",
        /// April.
        April = "April",
        /// May.
        May = "May",
        /// June.
        June = "June",
        /// July.
        July = "July",
        /// August.
        August = "August",
        /// September.
        September = "September",
        /// October.
        October = "October",
        /// November.
        November = "November",
        /// December.
        December = "December",
        /// Every month of the year.
        Every = "Every",
    }
}
