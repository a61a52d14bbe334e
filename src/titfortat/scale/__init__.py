"""Throughput and scale: the multi-process coder (`parallel`), the benchmark (`bench`) and the Dask engine
(`dask_engine`) behind `titfortat bench` and `titfortat run --engine dask`."""
